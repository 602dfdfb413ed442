package eu.eucaim.workstation.node.http;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.node.storage.StorageException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs a create once per caller and {@code Idempotency-Key} (the IETF draft's header: a string, quoted as a
 * Structured Field or bare): the first request runs the handler and its reply is kept for {@link #KEPT}; a retry with
 * the same key and the same body gets that reply again with {@code Idempotent-Replayed: true}, one with another body
 * gets 422, one while the first still runs gets 409. A handler that fails keeps nothing, so the client may retry. A
 * request without the header just runs. Keys are stored in the node's database, so two nodes sharing one database,
 * or two requests at once, still run a create once.
 */
public final class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final Duration KEPT = Duration.ofHours(24);
    static final int MAX_KEY_LENGTH = 255;
    private static final int PENDING = 0;

    private final DataSource db;
    private final Clock clock;

    public Idempotency(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Runs {@code handler} for the request, or replays its kept reply. */
    void handle(Context ctx, Caller caller, CreateHandler handler) throws Exception {
        Optional<String> key = key(ctx.header(HEADER));
        if (key.isEmpty()) {
            send(ctx, handler.handle(ctx, caller));
            return;
        }
        String owner = caller.signedIn() ? caller.account() : "anonymous";
        String request = fingerprint(ctx);
        forgetExpired();
        if (!claim(owner, key.get(), request)) {
            replay(ctx, owner, key.get(), request);
            return;
        }
        Reply reply;
        try {
            reply = handler.handle(ctx, caller);
        } catch (Exception | Error e) {
            release(owner, key.get());
            throw e;
        }
        String body = Json.mapper().writeValueAsString(reply.body());
        keep(owner, key.get(), reply, body);
        send(ctx, reply.status(), body, reply);
    }

    /** The key of the header: a Structured Field string ({@code "…"}) or, as many clients send it, bare. */
    static Optional<String> key(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty()
                || key.length() > MAX_KEY_LENGTH
                || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e && c != '"')) {
            throw ApiException.badRequest(
                    HEADER + " must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, e.g. a UUID in quotes");
        }
        return Optional.of(key);
    }

    /** Method, path and body: a retry must be the same request. */
    private static String fingerprint(Context ctx) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((ctx.method() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(ctx.bodyAsBytes());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Inserts the key as pending; false when it exists already (another request had it first). */
    private boolean claim(String owner, String key, String request) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_key (owner, idem_key, request,"
                        + " status, body, location, created_at) VALUES (?, ?, ?, ?, NULL, NULL, ?)")) {
            ps.setString(1, owner);
            ps.setString(2, key);
            ps.setString(3, request);
            ps.setInt(4, PENDING);
            ps.setLong(5, clock.millis());
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** SQLState class 23: integrity constraint violation (H2 and PostgreSQL both say 23505 for a unique key). */
    private static boolean isDuplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private void replay(Context ctx, String owner, String key, String request) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT request, status, body, location FROM idempotency_key"
                        + " WHERE owner = ? AND idem_key = ?")) {
            ps.setString(1, owner);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ApiException(
                            409, "conflict", "A request with this " + HEADER + " has just failed; send it again");
                }
                if (!rs.getString(1).equals(request)) {
                    throw new ApiException(
                            422,
                            "idempotency_key_reused",
                            "This " + HEADER + " was used for another request; use a new key for a new request");
                }
                int status = rs.getInt(2);
                if (status == PENDING) {
                    throw new ApiException(
                            409,
                            "conflict",
                            "A request with this " + HEADER + " is still being handled; ask again in a moment");
                }
                ctx.header(REPLAYED, "true");
                String location = rs.getString(4);
                send(ctx, status, rs.getString(3), location == null ? null : java.net.URI.create(location));
            }
        }
    }

    private void keep(String owner, String key, Reply reply, String body) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE idempotency_key SET status = ?, body = ?,"
                        + " location = ? WHERE owner = ? AND idem_key = ?")) {
            ps.setInt(1, reply.status());
            ps.setString(2, body);
            ps.setString(3, reply.location() == null ? null : reply.location().toString());
            ps.setString(4, owner);
            ps.setString(5, key);
            ps.executeUpdate();
        }
    }

    private void release(String owner, String key) {
        try (Connection c = db.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("DELETE FROM idempotency_key WHERE owner = ? AND idem_key = ?")) {
            ps.setString(1, owner);
            ps.setString(2, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("Cannot release an idempotency key: " + e.getMessage(), e);
        }
    }

    private void forgetExpired() throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM idempotency_key WHERE created_at < ?")) {
            ps.setLong(1, clock.millis() - KEPT.toMillis());
            ps.executeUpdate();
        }
    }

    private static void send(Context ctx, Reply reply) throws Exception {
        send(ctx, reply.status(), Json.mapper().writeValueAsString(reply.body()), reply);
    }

    private static void send(Context ctx, int status, String body, Reply reply) {
        send(ctx, status, body, reply.location());
    }

    private static void send(Context ctx, int status, String body, java.net.URI location) {
        if (location != null) {
            ctx.header("Location", location.toString());
        }
        ctx.status(status).contentType("application/json").result(body);
    }
}

package eu.eucaim.workstation.node.http;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.node.storage.StorageException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Runs a write (a create, a lifecycle event) once per caller and {@code Idempotency-Key} (the IETF draft's header: a
 * string, quoted as a Structured Field or bare): the first request runs the handler and its reply (status, body,
 * {@code Location}, content type) is kept for {@link #KEPT}; a retry with the same key and the same request gets that
 * reply again with {@code Idempotent-Replayed: true}, one with another request gets 422, one while the first still
 * runs gets 409. A handler that fails keeps nothing, so the client may retry. A request without the header just runs.
 * Keys are stored in the node's database, so two nodes sharing one database, or two requests at once, still run a
 * write once, and a node restarted on the same database still knows them.
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
    void handle(Context ctx, Caller caller, ReplyHandler handler) throws Exception {
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
        send(ctx, reply.status(), body, reply.location(), reply.contentType());
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

    /**
     * Method, path and body: a retry must be the same request. A multipart body counts by its parts (names, file
     * names, types, contents), not its bytes: a client makes a new random boundary for every attempt.
     */
    private static String fingerprint(Context ctx) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        sha.update((ctx.method() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
        if (ctx.isMultipartFormData()) {
            for (Map.Entry<String, List<String>> field : new TreeMap<>(ctx.formParamMap()).entrySet()) {
                for (String value : field.getValue()) {
                    sha.update(part(field.getKey(), value));
                }
            }
            for (Map.Entry<String, List<UploadedFile>> files : new TreeMap<>(ctx.uploadedFileMap()).entrySet()) {
                for (UploadedFile file : files.getValue()) {
                    sha.update(part(files.getKey(), file.filename() + "\n" + file.contentType()));
                    try (InputStream in = file.content()) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
        } else if (ctx.contentLength() != 0) {
            // An empty body (a lifecycle PUT) has nothing to read.
            sha.update(ctx.bodyAsBytes());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** One part's name and value, each length-prefixed so that no two different parts hash alike. */
    private static byte[] part(String name, String value) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + n.length + v.length)
                .putInt(n.length)
                .put(n)
                .putInt(v.length)
                .put(v)
                .array();
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
                PreparedStatement ps = c.prepareStatement("SELECT request, status, body, location, content_type"
                        + " FROM idempotency_key"
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
                String type = rs.getString(5);
                send(
                        ctx,
                        status,
                        rs.getString(3),
                        location == null ? null : URI.create(location),
                        type == null ? Reply.JSON : type);
            }
        }
    }

    private void keep(String owner, String key, Reply reply, String body) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE idempotency_key SET status = ?, body = ?,"
                        + " location = ?, content_type = ? WHERE owner = ? AND idem_key = ?")) {
            ps.setInt(1, reply.status());
            ps.setString(2, body);
            ps.setString(3, reply.location() == null ? null : reply.location().toString());
            ps.setString(4, reply.contentType());
            ps.setString(5, owner);
            ps.setString(6, key);
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
        send(
                ctx,
                reply.status(),
                Json.mapper().writeValueAsString(reply.body()),
                reply.location(),
                reply.contentType());
    }

    private static void send(Context ctx, int status, String body, URI location, String contentType) {
        if (location != null) {
            ctx.header("Location", location.toString());
        }
        ctx.status(status).contentType(contentType).result(body);
    }
}

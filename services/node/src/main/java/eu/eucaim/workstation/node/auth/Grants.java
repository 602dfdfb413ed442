package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Sign-ins and what descends from them: single-use authorization codes and rotating refresh tokens, stored as
 * SHA-256 hashes only.
 */
final class Grants {
    /** A redeemed code: what the token endpoint must check against the request. */
    record CodeGrant(
            String grantId,
            String userId,
            String clientId,
            String redirectUri,
            String codeChallenge,
            String scope,
            String nonce,
            long expiresAt) {}

    /** A redeemed refresh token. */
    record RefreshGrant(String grantId, String userId, String clientId, String scope, long expiresAt) {}

    /** Why a code or refresh token could not be redeemed. */
    enum Failure {
        UNKNOWN,
        REPLAYED
    }

    /** Either a grant or the reason there is none. */
    record Redeemed<T>(T grant, Failure failure) {}

    private final DataSource db;
    private final Clock clock;

    Grants(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Starts a sign-in for {@code userId} and returns its authorization code (the only time it exists in clear). */
    String newCode(String userId, AuthorizationRequest request) {
        String grantId = Secrets.newToken();
        String code = Secrets.newToken();
        long now = clock.millis();
        update(
                "INSERT INTO auth_grant (id, user_id, revoked, created_at) VALUES (?, ?, FALSE, ?)",
                grantId,
                userId,
                now);
        update(
                "INSERT INTO auth_code (code_hash, grant_id, client_id, redirect_uri, code_challenge, scope, nonce,"
                        + " expires_at, used) VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE)",
                Secrets.sha256(code),
                grantId,
                request.clientId(),
                request.redirectUri(),
                request.codeChallenge(),
                request.scope(),
                request.nonce(),
                now + AuthPolicy.CODE_LIFETIME.toMillis());
        return code;
    }

    /** Marks the code used and returns it; a code used before revokes its whole sign-in (RFC 6749 §4.1.2). */
    Redeemed<CodeGrant> redeemCode(String code) {
        return redeem(
                "auth_code",
                "code_hash",
                Secrets.sha256(code),
                "SELECT c.grant_id, g.user_id, c.client_id,"
                        + " c.redirect_uri, c.code_challenge, c.scope, c.nonce, c.expires_at FROM auth_code c"
                        + " JOIN auth_grant g ON g.id = c.grant_id WHERE c.code_hash = ?",
                rs -> new CodeGrant(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getLong(8)),
                CodeGrant::grantId);
    }

    /** Issues a refresh token in sign-in {@code grantId}. */
    String newRefreshToken(String grantId, String clientId, String scope) {
        String token = Secrets.newToken();
        update(
                "INSERT INTO auth_refresh_token (token_hash, grant_id, client_id, scope, expires_at, used)"
                        + " VALUES (?, ?, ?, ?, ?, FALSE)",
                Secrets.sha256(token),
                grantId,
                clientId,
                scope,
                clock.millis() + AuthPolicy.REFRESH_TOKEN_LIFETIME.toMillis());
        return token;
    }

    /** Marks the refresh token used; a reused one revokes its sign-in, as it may have been stolen (RFC 9700 §4.14). */
    Redeemed<RefreshGrant> redeemRefreshToken(String token) {
        return redeem(
                "auth_refresh_token",
                "token_hash",
                Secrets.sha256(token),
                "SELECT r.grant_id, g.user_id,"
                        + " r.client_id, r.scope, r.expires_at FROM auth_refresh_token r JOIN auth_grant g ON g.id = r.grant_id"
                        + " WHERE r.token_hash = ?",
                rs -> new RefreshGrant(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)),
                RefreshGrant::grantId);
    }

    /**
     * Single use: one conditional UPDATE flips {@code used}, so of two concurrent redemptions only one wins; the
     * loser, or any later use, revokes the sign-in.
     */
    private <T> Redeemed<T> redeem(
            String table, String hashColumn, String hash, String select, Row<T> row, Function<T, String> grantOf) {
        boolean won =
                update("UPDATE " + table + " SET used = TRUE WHERE " + hashColumn + " = ? AND used = FALSE", hash) == 1;
        Optional<T> found = query(select, hash, row);
        if (found.isEmpty()) {
            return new Redeemed<>(null, Failure.UNKNOWN);
        }
        if (!won) {
            revoke(grantOf.apply(found.get()));
            return new Redeemed<>(null, Failure.REPLAYED);
        }
        return new Redeemed<>(found.get(), null);
    }

    void revoke(String grantId) {
        update("UPDATE auth_grant SET revoked = TRUE WHERE id = ?", grantId);
    }

    boolean isRevoked(String grantId) {
        return query("SELECT revoked FROM auth_grant WHERE id = ?", grantId, rs -> rs.getBoolean(1))
                .orElse(true);
    }

    boolean expired(long expiresAt) {
        return clock.millis() >= expiresAt;
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> Optional<T> query(String sql, String param, Row<T> row) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read sign-in data: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... params) {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("Cannot write sign-in data: " + e.getMessage(), e);
        }
    }
}

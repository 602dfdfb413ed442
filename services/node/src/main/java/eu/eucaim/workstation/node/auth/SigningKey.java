package eu.eucaim.workstation.node.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.ParseException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The node's RSA signing key, kept in its database so that tokens survive a restart and no key file lies around.
 */
final class SigningKey {
    private final RSAKey key;

    private SigningKey(RSAKey key) {
        this.key = key;
    }

    /** The newest stored key, or a new RSA 2048 key, stored, when there is none. */
    static SigningKey loadOrCreate(DataSource db) {
        try (Connection c = db.getConnection()) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT jwk FROM auth_signing_key ORDER BY created_at DESC")) {
                if (rs.next()) {
                    return new SigningKey(RSAKey.parse(rs.getString(1)));
                }
            }
            RSAKey key = generate();
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO auth_signing_key (kid, jwk, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, key.getKeyID());
                ps.setString(2, key.toJSONString());
                ps.setLong(3, System.currentTimeMillis());
                ps.executeUpdate();
            }
            return new SigningKey(key);
        } catch (SQLException | ParseException e) {
            throw new StorageException("Cannot load or store the node's signing key: " + e.getMessage(), e);
        }
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    RSAKey privateKey() {
        return key;
    }

    /** The public half only: what {@code /oauth2/jwks} publishes and the verifier checks against. */
    JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + key.getKeyID() + "]";
    }
}

package eu.eucaim.workstation.client.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** A PKCE pair (RFC 7636): a secret verifier and its S256 challenge. {@link #toString()} hides the verifier. */
public record Pkce(String verifier, String challenge) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    /** 64 random bytes → an 86-character verifier (RFC 7636 allows 43..128). */
    public static Pkce generate() {
        return of(randomToken(64));
    }

    public static Pkce of(String verifier) {
        return new Pkce(verifier, s256(verifier));
    }

    static String s256(String verifier) {
        try {
            return B64URL.encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code bytes} from SecureRandom, base64url: for verifiers, {@code state} and {@code nonce}. */
    static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return B64URL.encodeToString(b);
    }

    @Override
    public String toString() {
        return "Pkce[challenge=" + challenge + "]";
    }
}

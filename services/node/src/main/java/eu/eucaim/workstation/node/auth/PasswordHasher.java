package eu.eucaim.workstation.node.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** PBKDF2-HMAC-SHA256 password hashes with a per-user random salt, compared in constant time. */
public final class PasswordHasher {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; stored per user so it can be raised later. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /**
     * The work factor for new hashes. Test builds lower it with {@code -Deucaim.auth.pbkdf2.iterations} (never below
     * 10,000): every test node creates four users, and at 600,000 that alone costs seconds on a shared CI core.
     */
    static final int ITERATIONS =
            Math.max(10_000, Integer.getInteger("eucaim.auth.pbkdf2.iterations", DEFAULT_ITERATIONS));

    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {}

    /** A hash of a password, with what is needed to check it again. */
    public record PasswordHash(String salt, String hash, int iterations) {
        @Override
        public String toString() {
            return "PasswordHash[iterations=" + iterations + "]";
        }
    }

    public static PasswordHash hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return new PasswordHash(
                b64.encodeToString(salt), b64.encodeToString(derive(password, salt, ITERATIONS)), ITERATIONS);
    }

    public static boolean matches(char[] password, PasswordHash stored) {
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(stored.hash());
        byte[] actual = derive(password, b64.decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Same work as a real check, for unknown users: the time taken must not tell whether a username exists. */
    static final PasswordHash DECOY = hash("decoy".toCharArray());

    static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    static void wipe(char[] c) {
        Arrays.fill(c, '\0');
    }
}

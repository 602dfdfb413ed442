package eu.eucaim.workstation.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** Copies a response body while counting and hashing it, and refuses a body that is short, long or corrupt. */
final class VerifiedCopy {
    private VerifiedCopy() {}

    /** The body could not be read, or is not the one announced; the local side is fine. */
    static final class BodyException extends IOException {
        BodyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static void copy(InputStream in, OutputStream out, long expectedLength, String sha256, LongConsumer progress)
            throws IOException {
        MessageDigest md = sha256();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                throw new BodyException(
                        "the body ended after " + total + " of " + expectedLength + " bytes (" + e.getMessage() + ")",
                        e);
            }
            if (n < 0) {
                break;
            }
            total += n;
            if (total > expectedLength) {
                throw new BodyException("the body is longer than the " + expectedLength + " bytes announced", null);
            }
            md.update(buffer, 0, n);
            out.write(buffer, 0, n);
            progress.accept(n);
        }
        if (total != expectedLength) {
            throw new BodyException("the body ended after " + total + " of " + expectedLength + " bytes", null);
        }
        String actual = HexFormat.of().formatHex(md.digest());
        if (sha256 != null && !sha256.equalsIgnoreCase(actual)) {
            throw new BodyException("the body's SHA-256 is " + actual + ", not the " + sha256 + " announced", null);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

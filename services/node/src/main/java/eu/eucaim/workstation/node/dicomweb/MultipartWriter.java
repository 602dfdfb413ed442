package eu.eucaim.workstation.node.dicomweb;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Writes a {@code multipart/related} body part by part straight to the response (RFC 2387), so that a series or a
 * study goes out file by file, never whole in memory. Counts the bytes written for the retrieval log.
 */
final class MultipartWriter {
    private final OutputStream out;
    private final String boundary = "eucaim-" + UUID.randomUUID();
    private long written;
    private java.nio.ByteBuffer direct;

    MultipartWriter(OutputStream out) {
        this.out = out;
    }

    /** The response's Content-Type for parts of {@code partType}. */
    String contentType(String partType) {
        return "multipart/related; type=\"" + partType + "\"; boundary=" + boundary;
    }

    void part(String contentType, byte[] body) throws IOException {
        head(contentType, body.length);
        write(body);
        write(new byte[] {'\r', '\n'});
    }

    void part(String contentType, Path file) throws IOException {
        head(contentType, Files.size(file));
        if (out instanceof org.eclipse.jetty.server.HttpOutput jetty) {
            // The file's bytes through a direct buffer: read by the kernel into it, written by the kernel from it,
            // never copied through the heap (and again into a direct buffer by the socket's write).
            try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(file)) {
                if (direct == null) {
                    // One per reply, no bigger than its first file: a single-instance retrieve is one small reply.
                    direct = java.nio.ByteBuffer.allocateDirect((int) Math.max(1, Math.min(in.size(), 256 * 1024)));
                }
                for (int n; (n = in.read(direct.clear())) > 0; ) {
                    jetty.write(direct.flip());
                    written += n;
                }
            }
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = in.read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                    written += n;
                }
            }
        }
        write(new byte[] {'\r', '\n'});
    }

    private void head(String contentType, long length) throws IOException {
        write(("--" + boundary + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Writes the close delimiter and completes the response: the client has the whole reply then, rather than once
     * the route returns (after its retrieval is logged, a database write that now and then takes milliseconds).
     */
    void finish() throws IOException {
        write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        out.close();
    }

    private void write(byte[] b) throws IOException {
        out.write(b);
        written += b.length;
    }

    /** Bytes written so far, boundaries and part headers included: what the client received. */
    long written() {
        return written;
    }
}

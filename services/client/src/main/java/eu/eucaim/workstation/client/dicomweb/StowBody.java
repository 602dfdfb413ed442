package eu.eucaim.workstation.client.dicomweb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * A STOW-RS request body (PS3.18 10.5.1.1): {@code multipart/related; type="application/dicom"}, one part per file,
 * each copied from disk as it is sent, so a study of any size is never in memory. Its length is known in advance
 * (for progress and for servers that want {@code Content-Length}); it can be written again (after a 401).
 */
final class StowBody extends RequestBody {
    private final List<Path> files;
    private final String boundary;
    private final long length;

    /** @throws UncheckedIOException naming a file that cannot be read */
    StowBody(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("STOW-RS needs at least one file");
        }
        this.files = List.copyOf(files);
        this.boundary = "eucaim-stow-" + UUID.randomUUID();
        long total = closing().length;
        for (Path f : this.files) {
            try {
                if (!Files.isRegularFile(f)) {
                    throw new java.nio.file.NoSuchFileException(f.toString(), null, "not a file");
                }
                total += partHead().length + Files.size(f) + 2;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot send " + f + ": " + e.getMessage(), e);
            }
        }
        this.length = total;
    }

    String boundary() {
        return boundary;
    }

    @Override
    public MediaType contentType() {
        return MediaType.get("multipart/related; type=\"application/dicom\"; boundary=" + boundary);
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        for (Path f : files) {
            sink.write(partHead());
            try (Source in = Okio.source(f)) {
                long copied = sink.writeAll(in);
                if (copied != Files.size(f)) {
                    throw new IOException(f + " changed while it was sent");
                }
            }
            sink.writeUtf8("\r\n");
        }
        sink.write(closing());
    }

    private byte[] partHead() {
        return ("--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] closing() {
        return ("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}

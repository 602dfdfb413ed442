package eu.eucaim.workstation.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A file streamed from disk as a request body. A file that cannot be read, or changes size while it is sent, fails
 * the call with an {@link UncheckedIOException} naming it: a local problem, not the service's.
 */
final class FileBody extends RequestBody {
    private final Path file;
    private final MediaType type;

    FileBody(Path file, MediaType type) {
        this.file = file;
        this.type = type;
    }

    @Override
    public MediaType contentType() {
        return type;
    }

    @Override
    public long contentLength() throws IOException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        long length = contentLength();
        byte[] buffer = new byte[64 * 1024];
        long sent = 0;
        try (InputStream in = open()) {
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException e) {
                    throw unreadable(e);
                }
                if (n < 0) {
                    break;
                }
                sent += n;
                if (sent > length) {
                    break;
                }
                sink.write(buffer, 0, n); // an IOException here is the connection's, and stays one
            }
        }
        if (sent != length) {
            throw unreadable(new IOException("it changed size while it was being sent"));
        }
    }

    private InputStream open() throws CarriedFailure {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private CarriedFailure unreadable(IOException e) {
        return new CarriedFailure(new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e));
    }
}

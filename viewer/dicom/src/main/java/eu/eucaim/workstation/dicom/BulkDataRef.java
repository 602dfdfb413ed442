package eu.eucaim.workstation.dicom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A value left in its file: read only when asked, so headers can be parsed without touching pixels. */
public record BulkDataRef(Path file, long offset, long length) {

    public BulkDataRef {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length");
        }
    }

    /** Reads the bytes (up to 2 GiB - a Java array's limit). */
    public byte[] read() {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(
                    file + ": bulk data of " + length + " bytes at offset " + offset + " is too large for one array");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(ch, offset, (int) length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(FileChannel ch, long offset, int length) throws IOException {
        byte[] out = new byte[length];
        readFully(ch, offset, ByteBuffer.wrap(out));
        return out;
    }

    /** Fills {@code buf} from its position to its limit with the file's bytes from {@code offset} on. */
    static void readFully(FileChannel ch, long offset, ByteBuffer buf) throws IOException {
        int first = buf.position();
        while (buf.hasRemaining()) {
            int n = ch.read(buf, offset + buf.position() - first);
            if (n < 0) {
                throw new IOException("end of file at " + (offset + buf.position() - first) + " while reading "
                        + (buf.limit() - first) + " bytes at offset " + offset);
            }
        }
    }
}

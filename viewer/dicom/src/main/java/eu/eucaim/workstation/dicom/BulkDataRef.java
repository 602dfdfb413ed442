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
            throw new IllegalStateException(file + ": bulk data of " + length + " bytes at offset " + offset
                    + " is too large for one array");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(ch, offset, (int) length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(FileChannel ch, long offset, int length) throws IOException {
        byte[] out = new byte[length];
        ByteBuffer buf = ByteBuffer.wrap(out);
        while (buf.hasRemaining()) {
            int n = ch.read(buf, offset + buf.position());
            if (n < 0) {
                throw new IOException("end of file at " + (offset + buf.position()) + " while reading " + length
                        + " bytes at offset " + offset);
            }
        }
        return out;
    }
}

package eu.eucaim.workstation.dicom.io;

import eu.eucaim.workstation.dicom.DicomParseException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Random-access reading over a file (through a sliding buffer, so a header scan reads only the head of
 * the file and skipped values cost nothing) or over bytes in memory (an inflated deflate stream).
 * Callers check lengths against {@link #remaining()} before asking; a short read still fails with a
 * {@link DicomParseException}, never with an index or EOF error.
 */
final class DicomInput {

    private static final int BUFFER = 64 * 1024;
    /**
     * One read buffer per thread, reused from file to file: a folder scan reads thousands of small headers and
     * allocating (and zeroing) a fresh buffer for each was its largest cost. Values are always copied out, and
     * an input is used by one thread from open to close, so reuse is safe.
     */
    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[BUFFER]);
    /**
     * The first read of a file asks for this much, each further read for twice the last, up to the buffer: most
     * headers end within a few KiB, and reading (and copying) the whole 64 KiB window for each file of a scan,
     * pixel data included, cost more than the occasional second read.
     */
    private static final int FIRST_READ = 8 * 1024;

    private final Path file;
    private final FileChannel channel;
    private final long length;
    private byte[] buf;
    private long bufStart;
    private int bufLen;
    private long pos;
    private boolean bigEndian;
    private int readAhead = FIRST_READ;
    /** Top-level elements of the data set read so far (stored or stepped over). */
    int topLevelRead;
    /** The tag being read, for error messages. */
    int currentTag = DicomParseException.NO_TAG;

    DicomInput(Path file, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        this.length = channel.size();
        this.buf = BUFFERS.get();
    }

    /** Bytes already in memory; {@code base} is the position the first byte had (for messages). */
    DicomInput(Path file, byte[] data) {
        this.file = file;
        this.channel = null;
        this.length = data.length;
        this.buf = data;
        this.bufLen = data.length;
    }

    Path file() {
        return file;
    }

    /** True when values can be left in the file as references. */
    boolean isFile() {
        return channel != null;
    }

    long length() {
        return length;
    }

    long position() {
        return pos;
    }

    void seek(long p) {
        pos = p;
    }

    long remaining() {
        return length - pos;
    }

    boolean bigEndian() {
        return bigEndian;
    }

    void bigEndian(boolean b) {
        bigEndian = b;
    }

    DicomParseException error(String message) {
        return new DicomParseException(file, pos, currentTag, message);
    }

    DicomParseException error(long at, String message) {
        return new DicomParseException(file, at, currentTag, message);
    }

    /** Makes bytes [pos, pos+n) available in {@code buf}; returns their index in it. */
    private int need(int n) throws DicomParseException {
        if (n > length - pos) {
            throw error("unexpected end of file: need " + n + " bytes, " + (length - pos) + " left");
        }
        long off = pos - bufStart;
        if (off >= 0 && off + n <= bufLen) {
            return (int) off;
        }
        if (channel == null) {
            throw error("internal: in-memory input out of range");
        }
        if (n > buf.length) {
            buf = new byte[Math.max(n, BUFFER)];
        }
        try {
            ByteBuffer bb = ByteBuffer.wrap(buf, 0, (int) Math.min(Math.max(n, readAhead), length - pos));
            readAhead = Math.min(buf.length, readAhead * 2);
            while (bb.position() < n) {
                int r = channel.read(bb, pos + bb.position());
                if (r < 0) {
                    throw error("unexpected end of file while reading");
                }
            }
            bufStart = pos;
            bufLen = bb.position();
        } catch (IOException e) {
            throw new DicomParseException(file, pos, currentTag, "I/O error: " + e.getMessage(), e);
        }
        return 0;
    }

    int u8() throws DicomParseException {
        int i = need(1);
        pos++;
        return buf[i] & 0xFF;
    }

    int u16() throws DicomParseException {
        int i = need(2);
        pos += 2;
        int a = buf[i] & 0xFF;
        int b = buf[i + 1] & 0xFF;
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    /** 32 bits as an int (lengths are read with {@link Integer#toUnsignedLong}). */
    int u32() throws DicomParseException {
        int i = need(4);
        pos += 4;
        int a = buf[i] & 0xFF;
        int b = buf[i + 1] & 0xFF;
        int c = buf[i + 2] & 0xFF;
        int d = buf[i + 3] & 0xFF;
        return bigEndian ? (a << 24) | (b << 16) | (c << 8) | d : (d << 24) | (c << 16) | (b << 8) | a;
    }

    int tag() throws DicomParseException {
        int group = u16();
        int element = u16();
        return (group << 16) | element;
    }

    /** Peeks at a byte without moving; -1 past the end. */
    int peek(long at) throws DicomParseException {
        if (at >= length || at < 0) {
            return -1;
        }
        long save = pos;
        pos = at;
        int v = u8();
        pos = save;
        return v;
    }

    byte[] bytes(int n) throws DicomParseException {
        byte[] out = new byte[n];
        if (n == 0) {
            return out;
        }
        if (n > length - pos) {
            throw error("unexpected end of file: value of " + n + " bytes, " + (length - pos) + " left");
        }
        long off = pos - bufStart;
        if (off >= 0 && off + n <= bufLen) {
            System.arraycopy(buf, (int) off, out, 0, n);
        } else if (channel != null && n > BUFFER) {
            try {
                ByteBuffer bb = ByteBuffer.wrap(out);
                while (bb.hasRemaining()) {
                    if (channel.read(bb, pos + bb.position()) < 0) {
                        throw error("unexpected end of file while reading");
                    }
                }
            } catch (IOException e) {
                throw new DicomParseException(file, pos, currentTag, "I/O error: " + e.getMessage(), e);
            }
        } else {
            System.arraycopy(buf, need(n), out, 0, n);
        }
        pos += n;
        return out;
    }

    /** Reads everything from the current position to the end (for inflating). */
    byte[] rest() throws DicomParseException {
        long n = remaining();
        if (n > Integer.MAX_VALUE - 8) {
            throw error("deflated data set of " + n + " bytes is too large");
        }
        return bytes((int) n);
    }

    void skip(long n) {
        pos += n;
    }
}

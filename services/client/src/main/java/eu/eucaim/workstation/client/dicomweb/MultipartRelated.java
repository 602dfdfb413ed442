package eu.eucaim.workstation.client.dicomweb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/related} body (RFC 2387, as WADO-RS sends frames and instances) part by part as it
 * arrives: each part's headers and bytes are handed over before the next is read, so a reply is never held whole.
 */
final class MultipartRelated {
    /** One part: its headers (names in lower case) and its bytes. */
    record Part(Map<String, String> headers, byte[] body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    @FunctionalInterface
    interface PartSink {
        void accept(Part part) throws IOException;
    }

    private static final Pattern BOUNDARY =
            Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);

    private MultipartRelated() {}

    /** The boundary of a {@code multipart/related} Content-Type, or an IOException saying what is wrong. */
    static String boundary(String contentType) throws IOException {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/related")) {
            throw new IOException("expected a multipart/related reply, got '" + contentType + "'");
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw new IOException("the multipart reply names no boundary: '" + contentType + "'");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** Reads every part of {@code body} into {@code sink}, in order; returns how many. */
    static int read(String contentType, InputStream body, PartSink sink) throws IOException {
        byte[] delimiter = ("\r\n--" + boundary(contentType)).getBytes(StandardCharsets.US_ASCII);
        Scanner in = new Scanner(body);
        // The first delimiter may come without the CRLF before it: read the preamble up to "--boundary".
        in.copyUntil(java.util.Arrays.copyOfRange(delimiter, 2, delimiter.length), null);
        int parts = 0;
        while (true) {
            String after = in.line();
            if (after.startsWith("--")) {
                return parts; // the close delimiter
            }
            Map<String, String> headers = in.headers();
            sink.accept(new Part(headers, partBytes(in, headers, delimiter)));
            parts++;
        }
    }

    /**
     * Reads a reply of exactly one part straight into {@code out} (a whole instance: never in memory), and returns
     * that part's headers.
     */
    static Map<String, String> readOne(String contentType, InputStream body, java.io.OutputStream out)
            throws IOException {
        return readOne(contentType, body, (in, headers, delimiter) -> {
            in.copyPart(headers, delimiter, out);
            return headers;
        });
    }

    /**
     * Reads a reply of exactly one part into memory (an instance to be shown now): into an array of the part's
     * Content-Length when it says one, grown as the bytes arrive (a length that lies costs no more than the bytes
     * sent) and given without a copy; else gathered as they come.
     */
    static byte[] readOneBytes(String contentType, InputStream body) throws IOException {
        return readOne(contentType, body, MultipartRelated::partBytes);
    }

    @FunctionalInterface
    private interface OnePart<T> {
        T read(Scanner in, Map<String, String> headers, byte[] delimiter) throws IOException;
    }

    private static <T> T readOne(String contentType, InputStream body, OnePart<T> part) throws IOException {
        byte[] delimiter = ("\r\n--" + boundary(contentType)).getBytes(StandardCharsets.US_ASCII);
        Scanner in = new Scanner(body);
        in.copyUntil(java.util.Arrays.copyOfRange(delimiter, 2, delimiter.length), null);
        if (in.line().startsWith("--")) {
            throw new IOException("the multipart reply holds no part");
        }
        T read = part.read(in, in.headers(), delimiter);
        if (!in.line().startsWith("--")) {
            throw new IOException("the multipart reply holds more than the one part asked for");
        }
        return read;
    }

    /** A part's bytes in memory. */
    private static byte[] partBytes(Scanner in, Map<String, String> headers, byte[] delimiter) throws IOException {
        long length = contentLength(headers);
        if (length < 0) {
            ByteArrayOutputStream part = new ByteArrayOutputStream();
            in.copyPart(headers, delimiter, part);
            return part.toByteArray();
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new IOException("a part of " + length + " bytes is more than can be held in memory");
        }
        return in.partOfLength((int) length, delimiter);
    }

    /** A part's Content-Length, or -1 when it says none (or not a number: the delimiter then ends the part). */
    private static long contentLength(Map<String, String> headers) {
        String length = headers.get("content-length");
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Reads every part of {@code body}, handing each to {@code sink} once it is whole: in memory when its
     * Content-Length is one {@code inMemory} accepts (read as {@link #readOneBytes} reads one), else into a file of its
     * own in {@code folder} (a part cut off is deleted, never handed over); returns how many.
     */
    static int readParts(
            String contentType,
            InputStream body,
            java.nio.file.Path folder,
            java.util.function.LongPredicate inMemory,
            eu.eucaim.workstation.api.dicomweb.DicomWebService.InstanceSink sink)
            throws IOException {
        byte[] delimiter = ("\r\n--" + boundary(contentType)).getBytes(StandardCharsets.US_ASCII);
        Scanner in = new Scanner(body);
        in.copyUntil(java.util.Arrays.copyOfRange(delimiter, 2, delimiter.length), null);
        java.nio.file.Files.createDirectories(folder);
        int parts = 0;
        while (!in.line().startsWith("--")) {
            Map<String, String> headers = in.headers();
            long length = contentLength(headers);
            if (length >= 0 && length <= Integer.MAX_VALUE - 8 && inMemory.test(length)) {
                sink.accept(
                        eu.eucaim.workstation.api.dicomweb.ArrivedInstance.inMemory(partBytes(in, headers, delimiter)));
            } else {
                partToFile(in, headers, delimiter, folder, sink);
            }
            parts++;
        }
        return parts;
    }

    private static void partToFile(
            Scanner in,
            Map<String, String> headers,
            byte[] delimiter,
            java.nio.file.Path folder,
            eu.eucaim.workstation.api.dicomweb.DicomWebService.InstanceSink sink)
            throws IOException {
        java.nio.file.Path file = null;
        // Unbuffered: the scanner writes its buffer's runs, up to its size at a time.
        try (PartFile part = PartFile.create(folder)) {
            file = part.path();
            in.copyPart(headers, delimiter, part.out());
        } catch (IOException | RuntimeException e) {
            if (file != null) {
                java.nio.file.Files.deleteIfExists(file);
            }
            throw e;
        }
        try {
            sink.accept(eu.eucaim.workstation.api.dicomweb.ArrivedInstance.inFile(file));
        } catch (IOException | RuntimeException e) {
            java.nio.file.Files.deleteIfExists(file); // the sink stopped the reply: nothing is left behind
            throw e;
        }
    }

    /**
     * The body read through a buffer of its own, searched for the delimiter a buffer at a time and copied out in
     * runs: reading it a byte at a time cost more CPU than the network (300 slices of 512 KiB took 2 s where curl
     * takes 0.14 s). The HTTP client hands the body over 8 KiB at a time; a part's bytes are gathered until the buffer
     * is full before they are written, so a file gets a few large writes rather than one per read. Each write is a
     * system call: 256 KiB rather than 64 KiB at a time took about 10 ms of CPU off a 150 MB series reply.
     */
    private static final class Scanner {
        private final InputStream in;
        private final byte[] buf = new byte[256 * 1024];
        /** An array for a part in memory starts at most this large, and grows as its bytes arrive. */
        private static final int FIRST_ARRAY = 16 << 20;
        /** A part's bytes are written out once less room than this is left to read into. */
        private static final int MIN_READ = 16 * 1024;

        private int pos;
        private int lim;

        Scanner(InputStream in) {
            this.in = in;
        }

        /** Keeps what is unread at the start of the buffer and reads more after it; false at the end. */
        private boolean fill() throws IOException {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                lim -= pos;
                pos = 0;
            }
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                return false;
            }
            lim += n;
            return true;
        }

        private int read() throws IOException {
            if (pos == lim && !fill()) {
                return -1;
            }
            return buf[pos++] & 0xFF;
        }

        /**
         * Copies a part's bytes to {@code out} up to the delimiter, which is consumed. A part that says its
         * {@code Content-Length} (as the node's and Orthanc's do) is copied by its length without searching it for the
         * delimiter, which must then follow.
         */
        void copyPart(Map<String, String> headers, byte[] delimiter, java.io.OutputStream out) throws IOException {
            long n = contentLength(headers);
            if (n < 0) {
                copyUntil(delimiter, out);
                return;
            }
            copyExactly(n, out);
            consumeDelimiter(n, delimiter);
        }

        /** The delimiter that must follow a part of {@code n} bytes (its Content-Length), consumed. */
        private void consumeDelimiter(long n, byte[] delimiter) throws IOException {
            while (lim - pos < delimiter.length) {
                if (!fill()) {
                    throw new IOException("the multipart reply ended inside a part");
                }
            }
            if (!matchesAt(delimiter, pos) || buf[pos + delimiter.length - 1] != delimiter[delimiter.length - 1]) {
                throw new IOException("a part's Content-Length (" + n + ") does not end where its delimiter starts");
            }
            pos += delimiter.length;
        }

        /**
         * A part of {@code n} bytes, read into an array of its own and followed by the delimiter, which is consumed.
         * What is not in the buffer yet is read from the body straight into the array (not through the buffer: one copy
         * of a series' pixels less). The array grows as the bytes arrive, {@link #FIRST_ARRAY} first, so that a length
         * that lies costs no more than the bytes sent, and is given as it is once full.
         */
        byte[] partOfLength(int n, byte[] delimiter) throws IOException {
            byte[] part = new byte[Math.min(n, FIRST_ARRAY)];
            int size = Math.min(lim - pos, n);
            System.arraycopy(buf, pos, part, 0, size);
            pos += size;
            while (size < n) {
                if (size == part.length) {
                    part = java.util.Arrays.copyOf(part, (int) Math.min(n, 2L * part.length));
                }
                int read = in.read(part, size, part.length - size);
                if (read < 0) {
                    throw new IOException("the multipart reply ended inside a part");
                }
                size += read;
            }
            consumeDelimiter(n, delimiter);
            return part;
        }

        /** Copies the next {@code n} bytes to {@code out}, in runs of about the buffer's size. */
        private void copyExactly(long n, java.io.OutputStream out) throws IOException {
            for (long left = n; ; ) {
                int have = lim - pos;
                if (have >= left) {
                    write(out, pos + (int) left);
                    return;
                }
                if (buf.length - have < MIN_READ) {
                    left -= have;
                    write(out, lim);
                }
                if (!fill()) {
                    throw new IOException("the multipart reply ended inside a part");
                }
            }
        }

        /** Copies bytes to {@code out} (or drops them) until {@code marker}, which is consumed. */
        void copyUntil(byte[] marker, java.io.OutputStream out) throws IOException {
            int from = pos; // where the marker may start: what is before it was searched already
            while (true) {
                int at = indexOf(marker, from);
                if (at >= 0) {
                    write(out, at);
                    pos = at + marker.length;
                    return;
                }
                // No whole marker in the buffer: all but its last marker.length - 1 bytes are data for sure. They
                // are written once the buffer is full (or at once when dropped), then more is read.
                int sure = Math.max(pos, lim - (marker.length - 1));
                if (out == null || buf.length - (lim - pos) < MIN_READ) {
                    write(out, sure);
                }
                from = sure - pos; // fill moves what is unread to the start of the buffer
                if (!fill()) {
                    throw new IOException("the multipart reply ended inside a part");
                }
            }
        }

        private void write(java.io.OutputStream out, int upTo) throws IOException {
            if (out != null && upTo > pos) {
                out.write(buf, pos, upTo - pos);
            }
            pos = upTo;
        }

        private byte[] skipFor;
        private int[] skip;

        /**
         * Where {@code marker} starts in the unread buffer, or -1: Boyer-Moore-Horspool, which looks at the byte under
         * the marker's last position and jumps up to the marker's length when it cannot end there. Pixel data is most
         * of a reply; a byte-by-byte search for the delimiter's first byte was the largest CPU cost of fetching a
         * series.
         */
        private int indexOf(byte[] marker, int from) {
            int m = marker.length;
            if (skipFor != marker) {
                skip = new int[256];
                java.util.Arrays.fill(skip, m);
                for (int k = 0; k < m - 1; k++) {
                    skip[marker[k] & 0xFF] = m - 1 - k;
                }
                skipFor = marker;
            }
            byte lastByte = marker[m - 1];
            for (int i = Math.max(pos, from), last = lim - m; i <= last; ) {
                byte b = buf[i + m - 1];
                if (b == lastByte && matchesAt(marker, i)) {
                    return i;
                }
                i += skip[b & 0xFF];
            }
            return -1;
        }

        private boolean matchesAt(byte[] marker, int at) {
            for (int k = 0; k < marker.length - 1; k++) {
                if (buf[at + k] != marker[k]) {
                    return false;
                }
            }
            return true;
        }

        /** A part's headers, names in lower case, up to the empty line. */
        Map<String, String> headers() throws IOException {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h = line(); !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                if (colon > 0) {
                    headers.put(
                            h.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            h.substring(colon + 1).strip());
                }
            }
            return headers;
        }

        /** One header line (CRLF or LF ended), without its end. */
        String line() throws IOException {
            ByteArrayOutputStream s = new ByteArrayOutputStream();
            for (int b = read(); ; b = read()) {
                if (b < 0) {
                    throw new IOException("the multipart reply ended inside a header");
                }
                if (b == '\n') {
                    break;
                }
                if (b != '\r') {
                    s.write(b);
                }
            }
            return s.toString(StandardCharsets.ISO_8859_1);
        }
    }
}

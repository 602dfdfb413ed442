package eu.eucaim.workstation.node.dicomweb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a multipart body (RFC 2046 5.1) part by part from a stream, never holding more than a buffer of it: each
 * part's body is an {@link InputStream} that ends at the next boundary. A body that ends inside a part, or part
 * headers over 16 KiB, is a {@link MalformedMultipartException}.
 */
final class MultipartReader {
    private static final int MAX_HEADERS = 16 * 1024;

    /** What is wrong with the body, for the 400. */
    static final class MalformedMultipartException extends IOException {
        MalformedMultipartException(String message) {
            super(message);
        }
    }

    /** One part: headers (names in lower case) and its body, to be read before the next part. */
    record Part(Map<String, String> headers, InputStream body) {
        String contentType() {
            return headers.get("content-type");
        }
    }

    private final InputStream in;
    /** CRLF "--" boundary: what ends a part's body. */
    private final byte[] delimiter;

    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int len;
    private boolean eof;
    private boolean started;
    private boolean finished;
    private PartBody current;

    MultipartReader(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        // The first boundary may open the body without a CRLF before it: read as if there was one.
        buf[0] = '\r';
        buf[1] = '\n';
        len = 2;
    }

    /** The next part, or null after the closing boundary. */
    Part next() throws IOException {
        if (finished) {
            return null;
        }
        if (current != null) {
            current.transferTo(java.io.OutputStream.nullOutputStream()); // the rest of an unread part
        } else if (!started) {
            new PartBody().transferTo(java.io.OutputStream.nullOutputStream()); // the preamble
        }
        started = true;
        // At a delimiter: "--" closes the body, else whitespace and CRLF open a part.
        pos += delimiter.length;
        if (!fill(2)) {
            throw new MalformedMultipartException("the body ends inside a boundary line");
        }
        if (buf[pos] == '-' && buf[pos + 1] == '-') {
            finished = true;
            return null;
        }
        String line = line();
        if (!line.isBlank()) {
            throw new MalformedMultipartException("a boundary line is followed by '" + line + "'");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        int total = 0;
        for (String h = line(); !h.isEmpty(); h = line()) {
            total += h.length();
            if (total > MAX_HEADERS) {
                throw new MalformedMultipartException("a part's headers are over " + MAX_HEADERS + " bytes");
            }
            int colon = h.indexOf(':');
            if (colon <= 0) {
                throw new MalformedMultipartException("a part header is not 'Name: value': '" + h + "'");
            }
            headers.put(
                    h.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    h.substring(colon + 1).strip());
        }
        current = new PartBody();
        return new Part(headers, current);
    }

    /** A line up to CRLF (not included), at most {@link #MAX_HEADERS} bytes. */
    private String line() throws IOException {
        StringBuilder b = new StringBuilder();
        while (true) {
            if (!fill(1)) {
                throw new MalformedMultipartException("the body ends inside a part's headers");
            }
            byte c = buf[pos++];
            if (c == '\r') {
                if (!fill(1) || buf[pos] != '\n') {
                    throw new MalformedMultipartException("a part header line does not end with CRLF");
                }
                pos++;
                return b.toString();
            }
            if (b.length() >= MAX_HEADERS) {
                throw new MalformedMultipartException("a part header line is over " + MAX_HEADERS + " bytes");
            }
            b.append((char) (c & 0xFF));
        }
    }

    /** Whether at least {@code n} bytes are buffered (reading more if needed). */
    private boolean fill(int n) throws IOException {
        if (len - pos >= n) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            len -= pos;
            pos = 0;
        }
        while (len < n && !eof) {
            int r = in.read(buf, len, buf.length - len);
            if (r < 0) {
                eof = true;
            } else {
                len += r;
            }
        }
        return len - pos >= n;
    }

    /** Index of the delimiter in buf[pos, len), or -1. */
    private int findDelimiter() {
        outer:
        for (int i = pos; i <= len - delimiter.length; i++) {
            for (int k = 0; k < delimiter.length; k++) {
                if (buf[i + k] != delimiter[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A part's body: the bytes up to the next delimiter, which it leaves in the buffer. */
    private final class PartBody extends InputStream {
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
            if (ended) {
                return -1;
            }
            if (n == 0) {
                return 0;
            }
            while (true) {
                int at = findDelimiter();
                if (at == pos) {
                    ended = true;
                    return -1;
                }
                int available = at >= 0 ? at - pos : len - pos - (delimiter.length - 1);
                if (available > 0) {
                    int k = Math.min(n, available);
                    System.arraycopy(buf, pos, b, off, k);
                    pos += k;
                    return k;
                }
                if (eof) {
                    throw new MalformedMultipartException("the body ends before the closing boundary");
                }
                int before = len - pos;
                if (!fill(before + 1) && len - pos == before) {
                    throw new MalformedMultipartException("the body ends before the closing boundary");
                }
            }
        }
    }
}

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
        InputStream in = new java.io.BufferedInputStream(body, 64 * 1024);
        // The first delimiter may come without the CRLF before it: read the preamble up to "--boundary".
        skipTo(in, java.util.Arrays.copyOfRange(delimiter, 2, delimiter.length));
        int parts = 0;
        while (true) {
            String after = line(in);
            if (after.startsWith("--")) {
                return parts; // the close delimiter
            }
            Map<String, String> headers = headers(in);
            ByteArrayOutputStream part = new ByteArrayOutputStream();
            readUntil(in, delimiter, part);
            sink.accept(new Part(headers, part.toByteArray()));
            parts++;
        }
    }

    /**
     * Reads a reply of exactly one part straight into {@code out} (a whole instance: never in memory), and returns
     * that part's headers.
     */
    static Map<String, String> readOne(String contentType, InputStream body, java.io.OutputStream out)
            throws IOException {
        byte[] delimiter = ("\r\n--" + boundary(contentType)).getBytes(StandardCharsets.US_ASCII);
        InputStream in = new java.io.BufferedInputStream(body, 64 * 1024);
        skipTo(in, java.util.Arrays.copyOfRange(delimiter, 2, delimiter.length));
        if (line(in).startsWith("--")) {
            throw new IOException("the multipart reply holds no part");
        }
        Map<String, String> headers = headers(in);
        // Byte by byte into a buffer, not into the file: a write call per byte made a 512 KiB instance take 450 ms.
        java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 64 * 1024);
        readUntil(in, delimiter, buffered);
        buffered.flush();
        if (!line(in).startsWith("--")) {
            throw new IOException("the multipart reply holds more than the one part asked for");
        }
        return headers;
    }

    private static void skipTo(InputStream in, byte[] marker) throws IOException {
        readUntil(in, marker, null);
    }

    /** Copies bytes to {@code out} (or drops them) until {@code marker}, which is consumed. */
    private static void readUntil(InputStream in, byte[] marker, java.io.OutputStream out) throws IOException {
        int matched = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the multipart reply ended inside a part");
            }
            if (b == (marker[matched] & 0xFF)) {
                matched++;
                if (matched == marker.length) {
                    return;
                }
                continue;
            }
            if (matched > 0) {
                // Not the marker after all: what matched so far is data; re-check this byte from the start.
                if (out != null) {
                    out.write(marker, 0, matched);
                }
                matched = 0;
                if (b == (marker[0] & 0xFF)) {
                    matched = 1;
                    continue;
                }
            }
            if (out != null) {
                out.write(b);
            }
        }
    }

    /** A part's headers, names in lower case, up to the empty line. */
    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
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
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        for (int b = in.read(); ; b = in.read()) {
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

package eu.eucaim.workstation.node.dicomweb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Real HTTP to a node's /dicom-web with the JDK client; multipart replies split by an independent reader. */
final class DicomWebClient {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;

    DicomWebClient(URI base) {
        this.base = base;
    }

    record Reply(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null || v.isEmpty() ? null : v.get(0);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + text(), e);
            }
        }

        /** The parts of a multipart reply. */
        List<Part> parts() {
            return DicomWebClient.parts(header("Content-Type"), body);
        }
    }

    /** One part: its headers (names in lower case) and bytes. */
    record Part(Map<String, String> headers, byte[] body) {
        String contentType() {
            return headers.get("content-type");
        }
    }

    Reply get(String path, String token, String accept) {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path)).GET();
        return send(r, token, accept);
    }

    Reply post(String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType);
        return send(r, token, null);
    }

    private static Reply send(HttpRequest.Builder r, String token, String accept) {
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        if (accept != null) {
            r.header("Accept", accept);
        }
        try {
            HttpResponse<byte[]> a =
                    HTTP.send(r.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = new TreeMap<>();
            a.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            return new Reply(a.statusCode(), headers, a.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Splits a multipart body at its boundary (bytes kept as they are: ISO-8859-1 maps bytes 1:1). */
    static List<Part> parts(String contentType, byte[] body) {
        String boundary = null;
        for (String p : contentType.split(";")) {
            String t = p.strip();
            if (t.startsWith("boundary=")) {
                boundary = t.substring("boundary=".length()).replace("\"", "");
            }
        }
        if (boundary == null) {
            throw new AssertionError("No boundary in " + contentType);
        }
        String all = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        List<Part> out = new ArrayList<>();
        int at = all.indexOf(delimiter);
        while (true) {
            int lineEnd = all.indexOf("\r\n", at);
            if (all.startsWith("--", at + delimiter.length())) {
                return out;
            }
            int headersEnd = all.indexOf("\r\n\r\n", lineEnd);
            Map<String, String> headers = new TreeMap<>();
            for (String h : all.substring(lineEnd + 2, headersEnd).split("\r\n")) {
                int colon = h.indexOf(':');
                headers.put(
                        h.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        h.substring(colon + 1).strip());
            }
            int next = all.indexOf("\r\n" + delimiter, headersEnd + 4);
            out.add(new Part(headers, all.substring(headersEnd + 4, next).getBytes(StandardCharsets.ISO_8859_1)));
            at = next + 2;
        }
    }

    /** A multipart/related body of application/dicom parts, as a STOW-RS client sends it. */
    static byte[] multipart(String boundary, List<byte[]> parts, String partType) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(("--" + boundary + "\r\nContent-Type: " + partType + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(p);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}

package eu.eucaim.workstation.node.negotiator;

import eu.eucaim.workstation.node.http.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.tika.Tika;

/**
 * What an attachment is, from its content (Apache Tika's magic bytes, refined by the name only where the content
 * allows it: a .docx is a zip that holds an Office document), and whether the Negotiator takes it: PDF, PNG, JPEG,
 * Word, Excel, plain text and CSV, as upstream. An executable named ".pdf" is what it is, and refused.
 */
final class AttachmentTypes {
    /** Upstream's limit per file. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "PDF",
            "image/png", "PNG",
            "image/jpeg", "JPEG",
            "application/msword", "Word",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word",
            "text/plain", "text",
            "text/csv", "CSV",
            "application/vnd.ms-excel", "Excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel");

    private static final Tika TIKA = new Tika();

    private AttachmentTypes() {}

    /** The content type of {@code bytes} named {@code name}; 400 naming the file when the Negotiator takes none. */
    static String check(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw ApiException.badRequest("The file '" + name + "' is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw ApiException.badRequest("The file '" + name + "' is " + bytes.length + " bytes; at most " + MAX_BYTES
                    + " (5 MB) are taken");
        }
        String type;
        try {
            type = TIKA.detect(new ByteArrayInputStream(bytes), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!ALLOWED.containsKey(type)) {
            throw ApiException.badRequest("File type '" + type + "' is not supported. Try more conventional file"
                    + " formats such as PDF, JPEG or CSV (the file '" + name + "')");
        }
        return type;
    }
}

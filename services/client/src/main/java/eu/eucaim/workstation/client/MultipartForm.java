package eu.eucaim.workstation.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * A {@code multipart/form-data} body (RFC 7578): text fields and files, in order. Files are read from disk while
 * the request is sent, never held in memory, and read again if the request is sent again. Immutable: each
 * {@code field} or {@code file} gives a new form.
 * <pre>{@code
 * MultipartForm.create().field("description", "consent form").file("file", pdf, "application/pdf")
 * }</pre>
 */
public record MultipartForm(List<Part> parts) {

    /** One part of the form. */
    public sealed interface Part permits Field, FilePart {
        /** The form field's name. */
        String name();
    }

    public record Field(String name, String value) implements Part {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * @param fileName    the name the server is told (the file's own name by default)
     * @param contentType the file's media type, e.g. {@code application/pdf}
     */
    public record FilePart(String name, Path file, String fileName, String contentType) implements Part {
        public FilePart {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(fileName, "fileName");
            MediaType.get(Objects.requireNonNull(contentType, "contentType")); // refuses a malformed type now
        }
    }

    public MultipartForm {
        parts = List.copyOf(parts);
    }

    public static MultipartForm create() {
        return new MultipartForm(List.of());
    }

    public MultipartForm field(String name, String value) {
        return with(new Field(name, value));
    }

    /** Adds {@code file} under its own name. */
    public MultipartForm file(String name, Path file, String contentType) {
        Path fileName = Objects.requireNonNull(file, "file").getFileName();
        if (fileName == null) {
            throw new IllegalArgumentException("Not a file: " + file);
        }
        return with(new FilePart(name, file, fileName.toString(), contentType));
    }

    public MultipartForm with(Part part) {
        List<Part> more = new ArrayList<>(parts);
        more.add(Objects.requireNonNull(part, "part"));
        return new MultipartForm(more);
    }

    boolean hasFiles() {
        return parts.stream().anyMatch(FilePart.class::isInstance);
    }

    RequestBody body() {
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
        for (Part part : parts) {
            if (part instanceof Field f) {
                body.addFormDataPart(f.name(), f.value());
            } else if (part instanceof FilePart f) {
                body.addFormDataPart(f.name(), f.fileName(), new FileBody(f.file(), MediaType.get(f.contentType())));
            }
        }
        return body.build();
    }
}

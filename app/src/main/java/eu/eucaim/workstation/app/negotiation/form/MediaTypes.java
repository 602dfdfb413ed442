package eu.eucaim.workstation.app.negotiation.form;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The media type an upload is announced with, from its name. Only a hint: the Negotiator recognises the type from
 * the content and refuses a file that is not what its name says.
 */
public final class MediaTypes {
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "txt", "text/plain",
            "csv", "text/csv",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private MediaTypes() {}

    public static String of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }
}

package eu.eucaim.workstation.app.negotiation.pdf;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes one negotiation to a PDF file: what was asked (the answers, under the form's labels), for which datasets
 * and in which state, its attachments and its history with the messages. Blocking: call it off the FX thread.
 *
 * <p>The file appears whole or not at all: the document is laid out first, saved to a temporary file beside the
 * target and then moved over it, so that a failure (a full disk, a folder that cannot be written) leaves no partial
 * PDF and an existing file at the target untouched.
 */
public final class NegotiationPdf {
    private NegotiationPdf() {}

    /**
     * Writes {@code export} to {@code target} (replacing a file there).
     *
     * @throws IOException with a message naming the path, when the folder is missing or cannot be written or the
     *     target is a folder; nothing is left behind then
     */
    public static void write(NegotiationExport export, Path target) throws IOException {
        Objects.requireNonNull(export, "export");
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("Cannot write the PDF " + file + ": the folder " + folder
                    + (folder != null && Files.exists(folder) ? " is not a folder" : " does not exist"));
        }
        if (Files.isDirectory(file)) {
            throw new IOException("Cannot write the PDF " + file + ": that is a folder");
        }
        try (PDDocument document = new PDDocument()) {
            NegotiationLayout.write(export, document);
            Path temporary = temporaryBeside(file, folder);
            try {
                document.save(temporary.toFile());
                moveOver(temporary, file);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw new IOException("Cannot write the PDF " + file + ": " + reason(e), e);
            }
        }
    }

    private static Path temporaryBeside(Path file, Path folder) throws IOException {
        try {
            // Hidden and not ending in .pdf: a half-written file is never taken for an export. Made with
            // createFile, not createTempFile, so that the export gets the user's usual permissions (umask), not 0600.
            return Files.createFile(folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".part"));
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied" : reason(e);
            throw new IOException(
                    "Cannot write the PDF " + file + ": the folder " + folder + " cannot be written (" + why + ")", e);
        }
    }

    private static void moveOver(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() != null ? e.getClass().getSimpleName() + ": " + e.getMessage() : e.toString();
    }
}

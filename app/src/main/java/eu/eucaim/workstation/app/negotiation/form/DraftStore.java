package eu.eucaim.workstation.app.negotiation.form;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.app.settings.JsonFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What was typed into an access form, kept on this computer at once (one small JSON file per negotiation, written
 * whole or not at all), so that nothing typed is lost when the node cannot be reached or the app closes.
 */
public final class DraftStore {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private final Path folder;

    public DraftStore(Path folder) {
        this.folder = folder;
    }

    public Optional<JsonNode> load(String negotiationId) throws IOException {
        Path file = file(negotiationId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(JsonFiles.read(file, JsonNode.class));
    }

    public void save(String negotiationId, JsonNode payload) throws IOException {
        Files.createDirectories(folder);
        JsonFiles.writeAtomically(file(negotiationId), payload);
    }

    public void delete(String negotiationId) throws IOException {
        Files.deleteIfExists(file(negotiationId));
    }

    /** A negotiation id is the server's: it becomes a file name only if it is a plain name. */
    private Path file(String negotiationId) {
        if (negotiationId == null || !SAFE_ID.matcher(negotiationId).matches()) {
            throw new IllegalArgumentException("Not a negotiation id that can name a file: " + negotiationId);
        }
        return folder.resolve(negotiationId + ".json");
    }
}

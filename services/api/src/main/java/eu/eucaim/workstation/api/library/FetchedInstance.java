package eu.eucaim.workstation.api.library;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An instance handed to {@link ImageLibrary#storeAllTaking}: where it came from and the temporary file it was fetched
 * into (a whole DICOM Part 10 file, which the library takes).
 */
public record FetchedInstance(InstanceOrigin origin, Path file) {
    public FetchedInstance {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(file, "file");
    }
}

package eu.eucaim.workstation.api.library;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What became of one instance of {@link ImageLibrary#storeAllTaking}: the library's copy, or why this instance alone
 * was refused.
 *
 * @param origin  the instance as it was handed over
 * @param kept    the library's copy (complete and indexed), or null when refused
 * @param refusal why it was not kept, or null when kept: a {@link RejectedInstanceException} (the file is not the
 *                DICOM instance named), an {@link IllegalArgumentException} (the file is missing, or its series is
 *                filed under another study), or a {@link LibraryException} (its file could not be taken); its message
 *                names the instance and its source
 */
public record StoreOutcome(InstanceOrigin origin, Path kept, RuntimeException refusal) {
    public StoreOutcome {
        Objects.requireNonNull(origin, "origin");
        if ((kept == null) == (refusal == null)) {
            throw new IllegalArgumentException(
                    "an outcome is either a kept file or a refusal, not " + kept + " and " + refusal);
        }
    }

    public static StoreOutcome kept(InstanceOrigin origin, Path file) {
        return new StoreOutcome(origin, Objects.requireNonNull(file, "file"), null);
    }

    public static StoreOutcome refused(InstanceOrigin origin, RuntimeException why) {
        return new StoreOutcome(origin, null, Objects.requireNonNull(why, "why"));
    }

    public boolean isKept() {
        return kept != null;
    }
}

package eu.eucaim.workstation.dicom.source;

import java.nio.file.Path;
import java.util.Objects;

/** An entry of a zip archive, e.g. {@code DATA/IM0001} in {@code study.zip}; it is read into memory whole. */
public record ArchiveEntry(Path archive, String entry) implements InstanceSource {

    public ArchiveEntry {
        Objects.requireNonNull(archive, "an archive entry needs its archive");
        Objects.requireNonNull(entry, "an archive entry needs its entry name");
        if (entry.isEmpty()) {
            throw new IllegalArgumentException("an archive entry needs its entry name (archive " + archive + ")");
        }
    }

    /** {@code archive.zip!/entry}, the form the viewer has always shown. */
    @Override
    public String location() {
        return archive + "!/" + entry;
    }

    @Override
    public String name() {
        return entry.substring(entry.lastIndexOf('/') + 1);
    }
}

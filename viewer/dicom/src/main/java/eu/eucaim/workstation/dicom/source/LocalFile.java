package eu.eucaim.workstation.dicom.source;

import java.nio.file.Path;
import java.util.Objects;

/** A Part 10 file on a local disk; its pixel data stays in the file until a frame is read. */
public record LocalFile(Path path) implements InstanceSource {

    public LocalFile {
        Objects.requireNonNull(path, "a local file needs a path");
    }

    @Override
    public String location() {
        return path.toString();
    }

    @Override
    public String name() {
        return Sources.fileName(path);
    }
}

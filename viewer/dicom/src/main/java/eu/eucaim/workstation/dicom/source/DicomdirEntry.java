package eu.eucaim.workstation.dicom.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file referenced by a DICOMDIR's Referenced File ID. The file must lie under the DICOMDIR's folder (PS3.10
 * 8.5: the IDs are relative to it), so a crafted DICOMDIR cannot make the viewer read elsewhere.
 */
public record DicomdirEntry(Path dicomdir, Path file) implements InstanceSource {

    public DicomdirEntry {
        Objects.requireNonNull(dicomdir, "a DICOMDIR entry needs its DICOMDIR");
        Objects.requireNonNull(file, "a DICOMDIR entry needs its file");
        Path base = dicomdir.toAbsolutePath().normalize().getParent();
        if (base == null || !file.toAbsolutePath().normalize().startsWith(base)) {
            throw new IllegalArgumentException(
                    file + " is outside the folder of " + dicomdir + " (a DICOMDIR references files under it)");
        }
    }

    /** The file's path: messages name the file, as for any other file. */
    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public String name() {
        return Sources.fileName(file);
    }
}

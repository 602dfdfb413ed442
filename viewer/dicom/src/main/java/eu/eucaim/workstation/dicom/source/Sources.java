package eu.eucaim.workstation.dicom.source;

import java.nio.file.Path;

/** What the file-based sources share. */
final class Sources {
    private Sources() {}

    /** The last element of {@code p}, or all of it for a root. */
    static String fileName(Path p) {
        Path name = p.getFileName();
        return name == null ? p.toString() : name.toString();
    }
}

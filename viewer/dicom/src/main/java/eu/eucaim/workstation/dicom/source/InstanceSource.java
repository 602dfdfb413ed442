package eu.eucaim.workstation.dicom.source;

/**
 * Where one DICOM instance is: a local file, an entry of a zip archive, a file a DICOMDIR references, or an
 * instance on a server. Records, so a source is a value (a cache key) and {@link InstanceReader} dispatches on its
 * type rather than on a string. Read one with {@link InstanceReader}.
 */
public sealed interface InstanceSource permits LocalFile, ArchiveEntry, DicomdirEntry, RemoteInstance {

    /** Where it is, for people: the path, {@code archive.zip!/entry} or the URL (messages, the tag browser). */
    String location();

    /** A short name for messages: the file or entry name, or the SOP Instance UID of a remote instance. */
    String name();
}

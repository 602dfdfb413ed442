package eu.eucaim.workstation.dicom.source;

import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.image.DicomImage;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.io.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads an instance from wherever its {@link InstanceSource} says: local files and DICOMDIR entries from disk
 * (pixel data left in the file), zip entries into memory, remote instances through the {@link InstanceFetcher} it
 * was given. Without a fetcher a remote instance fails with a message naming its URL. Every failure names the
 * source's location. Thread-safe.
 */
public final class InstanceReader {
    private final DicomReader reader;
    private final InstanceFetcher fetcher;

    /** Local sources only, read with the default options. */
    public InstanceReader() {
        this(ReadOptions.DEFAULT, null);
    }

    /** Local sources, and remote ones through {@code fetcher}. */
    public InstanceReader(InstanceFetcher fetcher) {
        this(ReadOptions.DEFAULT, fetcher);
    }

    /** @param fetcher null when remote instances cannot be read */
    public InstanceReader(ReadOptions options, InstanceFetcher fetcher) {
        this.reader = new DicomReader(options);
        this.fetcher = fetcher;
    }

    /** The parsed instance; a file that is not DICOM fails with the reader's message. */
    public DicomFile read(InstanceSource source) throws DicomParseException, IOException {
        if (source instanceof LocalFile f) {
            return reader.readFile(f.path());
        }
        if (source instanceof DicomdirEntry d) {
            return reader.readFile(d.file());
        }
        if (source instanceof ArchiveEntry a) {
            return reader.read(Path.of(a.location()), entryBytes(a));
        }
        if (source instanceof RemoteInstance r) {
            Optional<Path> kept = kept(r);
            if (kept.isPresent()) {
                try {
                    return reader.readFile(kept.get());
                } catch (DicomParseException gone) {
                    // evicted or deleted since, or not whole: fetch it
                }
            }
            return reader.read(Path.of(r.name()), fetch(r));
        }
        throw new IllegalArgumentException("unknown kind of instance source: " + source);
    }

    /**
     * Whether {@code source} is a remote instance on its way here ({@link InstanceFetcher#arriving}): then {@code then}
     * runs once it has arrived, and reading it before would fetch it a second time.
     */
    public boolean arriving(InstanceSource source, Runnable then) {
        if (fetcher == null || !(source instanceof RemoteInstance r)) {
            return false;
        }
        try {
            return fetcher.arriving(r, then);
        } catch (RuntimeException e) {
            return false; // the fetcher could not say: read it now
        }
    }

    private Optional<Path> kept(RemoteInstance r) {
        if (fetcher == null) {
            return Optional.empty();
        }
        try {
            return fetcher.kept(r);
        } catch (RuntimeException e) {
            return Optional.empty(); // the library could not say: fetch it
        }
    }

    /** The instance as an image (header read, frames decoded on demand). */
    public DicomImage image(InstanceSource source) throws DicomParseException, IOException {
        return DicomImage.of(read(source));
    }

    /**
     * True when reading {@code source} holds the whole instance in memory (zip entries, remote instances): once its
     * only frame is decoded the pixel data is not needed twice; a file's pixel data stays in the file anyway.
     */
    public static boolean readsIntoMemory(InstanceSource source) {
        return source instanceof ArchiveEntry || source instanceof RemoteInstance;
    }

    private static byte[] entryBytes(ArchiveEntry a) throws IOException {
        try (ZipFile zip = new ZipFile(a.archive().toFile())) {
            ZipEntry e = zip.getEntry(a.entry());
            if (e == null) {
                throw new IOException(a.location() + ": no entry " + a.entry() + " in " + a.archive());
            }
            try (InputStream in = zip.getInputStream(e)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(a.location())) {
                throw e;
            }
            throw new IOException("cannot read " + a.entry() + " from " + a.archive() + ": " + e.getMessage(), e);
        }
    }

    private byte[] fetch(RemoteInstance r) throws IOException {
        if (fetcher == null) {
            throw new IOException(
                    "cannot fetch " + r.location() + ": this viewer has no connection for remote instances");
        }
        try {
            byte[] data = fetcher.fetch(r);
            if (data == null) {
                throw new IOException("the fetcher returned nothing");
            }
            return data;
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot fetch " + r.location() + ": " + e.getMessage(), e);
        }
    }
}

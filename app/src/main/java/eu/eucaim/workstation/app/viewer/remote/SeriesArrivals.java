package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.ArrivedInstance;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.io.ReadOptions;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The instances whole-series replies bring, from their arrival until the library has kept them: each is announced to
 * what waits for it (the decoders read it where it arrived, {@link UnkeptArrivals}), then kept in the library in
 * batches. Those that came in memory ({@link ArrivalMemory}) are written to files of the fetch folder only when they
 * are kept, once the decoders are quiet; the memory is let go then.
 */
final class SeriesArrivals {
    private final UnkeptArrivals unkept = new UnkeptArrivals();
    private final ArrivalMemory memory;
    private final InstanceKeeper keeper;
    private final KnownKept knownKept;
    private final ComingInstances coming;
    private final Path temp;
    private final Executor streams;

    /**
     * @param temp the fetch folder, where an instance that came in memory is written before the library takes it
     * @param streams where an instance that came as a file is read for its SOP Instance UID
     */
    SeriesArrivals(
            ArrivalMemory memory,
            InstanceKeeper keeper,
            KnownKept knownKept,
            ComingInstances coming,
            Path temp,
            Executor streams) {
        this.memory = memory;
        this.keeper = keeper;
        this.knownKept = knownKept;
        this.coming = coming;
        this.temp = temp;
        this.streams = streams;
    }

    /** Whether a part of {@code bytes} may come into memory now (asked by the reply's reader). */
    boolean mayHold(long bytes) {
        return memory.mayHold(bytes);
    }

    /**
     * An instance of a reply has arrived whole (called on the reply's reader thread): counted if in memory, and
     * announced before it is queued to be kept.
     */
    void arrived(ArrivedInstance part) {
        if (part.isInMemory()) {
            memory.hold(part.bytes().length);
            announce(part); // a header in memory is read in microseconds: here, before its store
        } else {
            streams.execute(() -> announce(part)); // read from disk: queued before the store that takes it
        }
    }

    /** The instance's bytes as a reply brought them, if they are still waiting to be kept. */
    Optional<byte[]> read(String sop) throws IOException {
        return unkept.read(sop);
    }

    /** If a reply brought the instance and it is being kept, waits for that (bounded). */
    void awaitStored(String sop) throws IOException {
        unkept.awaitStored(sop);
    }

    /** Bytes waiting in memory to be kept. */
    long held() {
        return memory.held();
    }

    private void announce(ArrivedInstance part) {
        String sop = sopOf(part);
        if (sop != null && unkept.arrived(sop, part)) {
            coming.arrived(List.of(sop));
        } else if (sop == null) {
            unkept.notAnInstance(part);
        }
    }

    private static String sopOf(ArrivedInstance part) {
        try {
            var header = part.isInMemory()
                    ? new DicomReader(ReadOptions.HEADER).read(Path.of("arrived instance"), part.bytes())
                    : DicomReader.readHeader(part.file());
            return header.dataset().getString(Tags.SOPInstanceUID);
        } catch (DicomParseException | RuntimeException e) {
            return null; // not one the library takes, or kept (moved) already
        }
    }

    /**
     * A batch of a reply of {@code any}'s series into the library (those kept already are dropped there); those in
     * memory are written to files first. The files go and the memory is let go, kept or not.
     */
    void keep(ImageSource source, RemoteInstance any, List<ArrivedInstance> parts) {
        List<InstanceKeeper.Arrived> instances = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        try {
            for (ArrivedInstance part : parts) {
                String announced = unkept.sopOf(part);
                String sop = announced != null ? announced : sopOf(part);
                Path file = sop == null ? null : part.isInMemory() ? write(part.bytes(), written) : part.file();
                if (file != null) { // one that is not is the decoder's to fetch alone, which says why
                    instances.add(new InstanceKeeper.Arrived(
                            RemoteImages.instance(source, any.studyUid(), any.seriesUid(), sop), file));
                }
            }
            knownKept.remember(keeper.keepAll(source, instances));
            coming.arrived(
                    instances.stream().map(a -> a.instance().sopInstanceUid()).toList());
        } catch (RuntimeException e) {
            // the library could not keep them: the decoder fetches them alone and says why
        } finally {
            unkept.stored(parts);
            for (ArrivedInstance part : parts) {
                if (part.isInMemory()) {
                    memory.release(part.bytes().length);
                } else {
                    FetchFolder.deleteQuietly(part.file());
                }
            }
            written.forEach(FetchFolder::deleteQuietly);
        }
    }

    /** In a new file of the fetch folder (added to {@code written}); null if it cannot be written. */
    private Path write(byte[] bytes, List<Path> written) {
        try {
            Path file = FetchFolder.write(temp, bytes);
            written.add(file);
            return file;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

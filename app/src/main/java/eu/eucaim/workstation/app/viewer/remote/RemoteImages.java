package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.Frame;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import eu.eucaim.workstation.dicom.json.DicomJsonReader;
import eu.eucaim.workstation.dicom.source.InstanceFetcher;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;

/**
 * Brings the Viewer's remote instances (called on its decode threads, several at once): from the offline library
 * when they are there; else as whole instances over WADO-RS, kept through the library on the way; or, for a study
 * whose dataset may be viewed but not kept, as its frames (in explicit VR little endian) put together with the
 * series metadata in memory, so nothing of it reaches the disk.
 */
public final class RemoteImages implements InstanceFetcher {
    /** Where fetched instances are kept, and found again (the offline library). */
    public interface Keeper {
        /** The instance's file if the library has it whole. */
        Optional<Path> find(String sopInstanceUid);

        /**
         * Takes {@code fetched} (a complete temporary file) into the library for {@code source}, and gives the file to
         * read it from (the kept one); a keeper that keeps nothing gives {@code fetched} back.
         */
        Path keep(ImageSource source, RemoteInstance instance, Path fetched) throws IOException;

        /**
         * Takes the files of a whole-series reply that have arrived (complete temporary files) into the library at
         * once; each is gone after, kept or not. One not kept is the decoder's to fetch alone (it then says why).
         */
        default void keepAll(ImageSource source, List<Arrived> arrived) {
            for (Arrived a : arrived) {
                try {
                    keep(source, a.instance(), a.file());
                } catch (IOException | RuntimeException e) {
                    // the decoder fetches it alone and says why
                } finally {
                    deleteQuietly(a.file());
                }
            }
        }
    }

    /** A file a whole-series reply brought, and the instance it is. */
    public record Arrived(RemoteInstance instance, Path file) {}

    /** A keeper that keeps nothing (no library): every instance is fetched each time it is decoded. */
    public static final Keeper NOTHING_KEPT = new Keeper() {
        @Override
        public Optional<Path> find(String sopInstanceUid) {
            return Optional.empty();
        }

        @Override
        public Path keep(ImageSource source, RemoteInstance instance, Path fetched) {
            return fetched;
        }
    };

    private record Registered(ImageSource source, DicomWebService service) {}

    private final Map<String, Registered> sources = new ConcurrentHashMap<>();
    /** Studies that may be viewed but not kept. */
    private final Map<String, Boolean> viewOnlyStudies = new ConcurrentHashMap<>();
    /** The series metadata of view-only studies, by series UID: one request per series, not per instance. */
    private final Map<String, CompletableFuture<List<DicomAttributes>>> metadata = new ConcurrentHashMap<>();

    private final Path temp;
    private final Keeper keeper;
    static final int STREAMS = 4;
    private final java.util.concurrent.ExecutorService streams = java.util.concurrent.Executors.newFixedThreadPool(
            STREAMS, eu.eucaim.workstation.common.NamedThreads.daemon("remote-stream"));
    private final java.util.concurrent.atomic.AtomicLong streamGeneration =
            new java.util.concurrent.atomic.AtomicLong();
    private final Map<String, CompletableFuture<Path>> inFlight = new ConcurrentHashMap<>();

    /** @param temp where whole instances are fetched to before they are kept (a folder of the library's disk) */
    public RemoteImages(Path temp, Keeper keeper) {
        this.temp = temp;
        this.keeper = keeper;
    }

    /** Makes {@code service} the one for instances below {@code source}'s address. */
    public void register(ImageSource source, DicomWebService service) {
        sources.put(source.baseUrl().toString(), new Registered(source, service));
    }

    /** Marks a study as viewable only: its images come as frames and are never written to disk. */
    public void viewOnly(String studyUid) {
        viewOnlyStudies.put(studyUid, true);
    }

    /** The address of an instance of {@code source}, as WADO-RS names it. */
    public static RemoteInstance instance(ImageSource source, String study, String series, String sop) {
        return new RemoteInstance(
                java.net.URI.create(source.baseUrl() + "/studies/" + study + "/series/" + series + "/instances/" + sop),
                study,
                series,
                sop);
    }

    /** An instance the library has whole is read there in place (a view-only study is never in it). */
    @Override
    public Optional<Path> kept(RemoteInstance instance) {
        return viewOnlyStudies.containsKey(instance.studyUid())
                ? Optional.empty()
                : keeper.find(instance.sopInstanceUid());
    }

    @Override
    public byte[] fetch(RemoteInstance instance) throws IOException {
        Optional<Path> kept = keeper.find(instance.sopInstanceUid());
        if (kept.isPresent()) {
            return Files.readAllBytes(kept.get());
        }
        Registered r = registered(instance);
        if (viewOnlyStudies.containsKey(instance.studyUid())) {
            return fromFrames(r, instance);
        }
        if (keeper != NOTHING_KEPT) {
            return Files.readAllBytes(keptOnce(r, instance));
        }
        Path file = keepWhole(r, instance);
        try {
            return Files.readAllBytes(file);
        } finally {
            if (file.startsWith(temp)) {
                Files.deleteIfExists(file); // nothing kept it
            }
        }
    }

    /**
     * Fetches the whole instance and has the keeper keep it (Keep offline), unless it is kept already; gives the file
     * to read it from. Blocking: a background thread.
     */
    public Path keep(RemoteInstance instance) throws IOException {
        Optional<Path> kept = keeper.find(instance.sopInstanceUid());
        return kept.isPresent() ? kept.get() : keptOnce(registered(instance), instance);
    }

    /**
     * Streams {@code order} (a series' instances, the middle first, then outward) into the library ahead of the
     * decoder: the first {@value #STREAMS} one by one, at once (what is on screen first), and the rest as the whole
     * series in one WADO-RS reply, kept as it arrives (whatever has arrived in one store), so the series comes at the
     * network's pace rather than at a request per instance. The decoder finds each in the library, or fetches one it
     * needs before the reply reaches it. If the server cannot send the series whole, the rest are fetched one by one,
     * {@value #STREAMS} at a time. A new call (another series opened) stops what the last one still had coming. Nothing
     * streams for a view-only study (nothing of it is kept) or without a library.
     */
    public void stream(List<RemoteInstance> order) {
        long mine = streamGeneration.incrementAndGet();
        if (keeper == NOTHING_KEPT
                || order.isEmpty()
                || viewOnlyStudies.containsKey(order.get(0).studyUid())) {
            return;
        }
        int first = Math.min(order.size(), STREAMS);
        oneByOne(order.subList(0, first), mine);
        if (order.size() > first) {
            List<RemoteInstance> rest = List.copyOf(order.subList(first, order.size()));
            streams.execute(() -> {
                if (streamGeneration.get() == mine && !wholeSeries(rest, mine)) {
                    oneByOne(rest, mine);
                }
            });
        }
    }

    private void oneByOne(List<RemoteInstance> instances, long generation) {
        for (RemoteInstance i : instances) {
            streams.execute(() -> {
                if (streamGeneration.get() != generation
                        || keeper.find(i.sopInstanceUid()).isPresent()) {
                    return;
                }
                try {
                    keep(i);
                } catch (IOException | RuntimeException e) {
                    // the decoder asks for it again when it is shown, and says why if it still fails
                }
            });
        }
    }

    /**
     * The series in one reply, kept as it arrives: whatever has arrived in one store of the library
     * ({@link ArrivedFiles}; those kept already dropped); false when the server could not send it whole or the reply
     * broke off, so that what is missing is fetched one by one.
     */
    private boolean wholeSeries(List<RemoteInstance> rest, long generation) {
        RemoteInstance any = rest.get(0);
        Registered r;
        try {
            r = registered(any);
            Files.createDirectories(temp);
        } catch (IOException e) {
            return false;
        }
        // Kept on the stream threads while the reply goes on, whatever has arrived in one store of the library.
        ArrivedFiles arrived = new ArrivedFiles(streams, files -> keepArrived(r, any, files));
        CompletableFuture<Integer> reply = r.service().seriesInstances(any.studyUid(), any.seriesUid(), temp, file -> {
            if (streamGeneration.get() != generation) {
                throw new InterruptedIOException("another series was opened");
            }
            arrived.add(file);
        });
        try {
            await(reply);
            return true;
        } catch (IOException e) {
            return streamGeneration.get() != generation; // stopped on purpose: nothing more to fetch
        }
    }

    /** Instances of a whole-series reply into the library (those kept already are dropped there); the files go. */
    private void keepArrived(Registered r, RemoteInstance any, List<Path> files) {
        List<Arrived> instances = new ArrayList<>();
        try {
            for (Path file : files) {
                try {
                    String sop = eu.eucaim.workstation.dicom.io.DicomReader.readHeader(file)
                            .dataset()
                            .getString(Tags.SOPInstanceUID);
                    if (sop != null) {
                        instances.add(new Arrived(instance(r.source(), any.studyUid(), any.seriesUid(), sop), file));
                    }
                } catch (eu.eucaim.workstation.dicom.DicomParseException | RuntimeException e) {
                    // not one the library takes: the decoder fetches it alone and says why
                }
            }
            keeper.keepAll(r.source(), instances);
        } catch (RuntimeException e) {
            // the library could not keep them: the decoder fetches them alone and says why
        } finally {
            files.forEach(RemoteImages::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the fetch folder is cleaned at the next start
        }
    }

    /** The one fetch of an instance into the library, shared by the decoder and the stream asking at once. */
    private Path keptOnce(Registered r, RemoteInstance instance) throws IOException {
        CompletableFuture<Path> mine = new CompletableFuture<>();
        CompletableFuture<Path> running = inFlight.putIfAbsent(instance.sopInstanceUid(), mine);
        if (running != null) {
            return await(running);
        }
        try {
            Optional<Path> kept = keeper.find(instance.sopInstanceUid()); // kept while this one waited its turn
            Path p = kept.isPresent() ? kept.get() : keepWhole(r, instance);
            mine.complete(p);
            return p;
        } catch (IOException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(instance.sopInstanceUid(), mine);
        }
    }

    private Path keepWhole(Registered r, RemoteInstance instance) throws IOException {
        Files.createDirectories(temp);
        Path fetched = Files.createTempFile(temp, "fetch-", ".part");
        try {
            await(r.service().instance(instance.studyUid(), instance.seriesUid(), instance.sopInstanceUid(), fetched));
            Path file = keeper.keep(r.source(), instance, fetched);
            if (file.equals(fetched)) { // nothing kept: read it before it goes
                Path copy = Files.createTempFile(temp, "view-", ".dcm");
                Files.move(fetched, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                return copy;
            }
            return file;
        } finally {
            Files.deleteIfExists(fetched);
        }
    }

    private Registered registered(RemoteInstance instance) throws IOException {
        String url = instance.url().toString();
        for (Map.Entry<String, Registered> e : sources.entrySet()) {
            if (url.startsWith(e.getKey() + "/")) {
                return e.getValue();
            }
        }
        throw new IOException("no image source is set up for " + url);
    }

    /** The instance put together from its series' metadata and its frames, native, in memory. */
    private byte[] fromFrames(Registered r, RemoteInstance instance) throws IOException {
        List<DicomAttributes> all = await(metadata.computeIfAbsent(
                instance.seriesUid(), s -> r.service().seriesMetadata(instance.studyUid(), instance.seriesUid())));
        DicomAttributes attributes = all.stream()
                .filter(a -> a.string("00080018").orElse("").equals(instance.sopInstanceUid()))
                .findFirst()
                .orElseThrow(() -> new IOException("the series metadata has no instance " + instance.sopInstanceUid()));
        Dataset ds = new DicomJsonReader().read(attributes.json());
        int frames = Math.max(1, ds.getInt(Tags.NumberOfFrames, 1));
        List<Frame> got = await(r.service()
                .frames(
                        instance.studyUid(),
                        instance.seriesUid(),
                        instance.sopInstanceUid(),
                        IntStream.rangeClosed(1, frames).boxed().toList(),
                        TransferSyntax.EXPLICIT_VR_LE_UID));
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        for (Frame f : got) {
            pixels.write(f.data());
        }
        byte[] data = pixels.toByteArray();
        if (data.length % 2 == 1) {
            data = java.util.Arrays.copyOf(data, data.length + 1);
        }
        ds.remove(Tags.PixelData);
        ds.put(Tags.PixelData, ds.getInt(Tags.BitsAllocated, 16) > 8 ? VR.OW : VR.OB, data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 4096);
        DicomWriter.write(out, ds, TransferSyntax.EXPLICIT_VR_LE_UID);
        return out.toByteArray();
    }

    /** Forgets the metadata kept for view-only series and stops streaming (closing the studies). */
    public void forget() {
        streamGeneration.incrementAndGet();
        metadata.clear();
    }

    private static <T> T await(CompletableFuture<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while fetching");
        } catch (CancellationException e) {
            throw new InterruptedIOException("the fetch was cancelled");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof IOException io ? io : new IOException(c.getMessage(), c);
        }
    }
}

package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.ArrivedInstance;
import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.dicom.source.InstanceFetcher;
import eu.eucaim.workstation.dicom.source.RemoteInstance;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Brings the Viewer's remote instances (called on its decode threads, several at once): from the offline library
 * when they are there; else as whole instances over WADO-RS, kept through the library on the way; or, for a study
 * whose dataset may be viewed but not kept, as its frames (in explicit VR little endian) put together with the
 * series metadata in memory, so nothing of it reaches the disk.
 */
public final class RemoteImages implements InstanceFetcher {
    private record Registered(ImageSource source, DicomWebService service) {}

    private final Map<String, Registered> sources = new ConcurrentHashMap<>();
    /** Studies that may be viewed but not kept. */
    private final Map<String, Boolean> viewOnlyStudies = new ConcurrentHashMap<>();
    /** The instances of view-only studies, put together from their frames in memory. */
    private final ViewOnlyInstances viewOnly = new ViewOnlyInstances();

    private final Path temp;
    private final InstanceKeeper keeper;
    static final int STREAMS = 4;
    /** The rest of a series starts this long after its first image arrived, if the decoders did not ask before. */
    static final long REST_AFTER_MS = 150;
    /** Starts the rest of the series streaming now (once), if it has not started. */
    private volatile Runnable startRest = () -> {};
    /** Fewer instances missing than this are fetched one by one: the whole series would bring the rest again. */
    static final int WHOLE_SERIES_FROM = 16;

    private final java.util.concurrent.ExecutorService streams = java.util.concurrent.Executors.newFixedThreadPool(
            STREAMS, eu.eucaim.workstation.common.NamedThreads.daemon("remote-stream"));
    private final java.util.concurrent.atomic.AtomicLong streamGeneration =
            new java.util.concurrent.atomic.AtomicLong();
    /** One fetch of an instance under way: its bytes as soon as they are here, its library copy once kept. */
    private record InFlight(CompletableFuture<byte[]> bytes, CompletableFuture<Path> kept) {}

    private final Map<String, InFlight> inFlight = new ConcurrentHashMap<>();
    /** Instances known to be in the library. */
    private final KnownKept knownKept;
    /** Instances a stream is still to bring, and what waits for each. */
    private final ComingInstances coming = new ComingInstances();
    /** Instances a whole-series reply brought that the library is still to keep: the decoders read them there. */
    private final SeriesArrivals arrived;

    private volatile java.util.function.BooleanSupplier decodersQuiet = () -> true;

    /** @param temp where whole instances are fetched to before they are kept (a folder of the library's disk) */
    public RemoteImages(Path temp, InstanceKeeper keeper) {
        this(temp, keeper, ArrivalMemory.forThisHeap());
    }

    /** @param arrivalMemory how many bytes of a series reply may wait in memory to be kept ({@link ArrivalMemory}) */
    public RemoteImages(Path temp, InstanceKeeper keeper, long arrivalMemory) {
        this(temp, keeper, new ArrivalMemory(arrivalMemory));
    }

    private RemoteImages(Path temp, InstanceKeeper keeper, ArrivalMemory memory) {
        this.temp = temp;
        this.keeper = keeper;
        this.knownKept = new KnownKept(keeper);
        this.arrived = new SeriesArrivals(memory, keeper, knownKept, coming, temp, streams);
    }

    /** Whether the decoders are quiet: a whole-series reply's instances are kept then ({@link ArrivalBatches}). */
    public void keepWhenQuiet(java.util.function.BooleanSupplier decodersQuiet) {
        this.decodersQuiet = decodersQuiet;
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

    /**
     * Looks up, in one question to the library, which of the series' instances it has whole (a view-only study has
     * none), so that neither the decoder nor {@link #stream} asks it per image. Blocking: call it off the UI thread
     * when the series is opened, before it is shown.
     */
    public void recall(String studyUid, String seriesUid) {
        if (keeper != InstanceKeeper.NOTHING_KEPT && !viewOnlyStudies.containsKey(studyUid)) {
            knownKept.remember(keeper.findSeries(seriesUid));
        }
    }

    /**
     * Starts fetching the image to be shown first while its series' stack is still being built ({@link
     * RemoteStack#middle}): the decoder's fetch and the stream's share it. Nothing for an instance the library has
     * ({@link #recall} first), a view-only study (its images come as frames) or without a library (nothing would hold
     * the bytes for the decoder). Does not wait for the reply.
     */
    public void fetchAhead(RemoteInstance first) {
        if (keeper == InstanceKeeper.NOTHING_KEPT
                || viewOnlyStudies.containsKey(first.studyUid())
                || knownKept.known(first.sopInstanceUid())) {
            return;
        }
        try {
            fetchOnce(registered(first), first, true);
        } catch (IOException e) {
            // no source for it: the decoder asks for it and says why
        }
    }

    /**
     * {@link #recall} the series, then {@link #fetchAhead} the image its stack will show first ({@link
     * RemoteStack#middle}): the first steps of an open, and of a selection in the list. Blocking: a background thread.
     */
    public void recallAndFetchFirst(
            ImageSource source, String studyUid, String seriesUid, List<DicomAttributes> metadata) {
        recall(studyUid, seriesUid);
        RemoteStack.middle(source, studyUid, seriesUid, metadata).ifPresent(this::fetchAhead);
    }

    /** While a stream is bringing the instance, {@code then} waits for it (see {@link InstanceFetcher#arriving}). */
    @Override
    public boolean arriving(RemoteInstance instance, Runnable then) {
        startRest.run(); // the decoders ask for more: the first image is done
        return coming.await(instance.sopInstanceUid(), then);
    }

    /** An instance the library has whole is read there in place (a view-only study is never in it). */
    @Override
    public Optional<Path> kept(RemoteInstance instance) {
        return viewOnlyStudies.containsKey(instance.studyUid())
                ? Optional.empty()
                : knownKept.find(instance.sopInstanceUid());
    }

    @Override
    public byte[] fetch(RemoteInstance instance) throws IOException {
        Optional<byte[]> brought = arrived.read(instance.sopInstanceUid());
        if (brought.isPresent()) {
            return brought.get();
        }
        Optional<Path> kept = knownKept.find(instance.sopInstanceUid());
        if (kept.isPresent()) {
            return Files.readAllBytes(kept.get());
        }
        Registered r = registered(instance);
        if (viewOnlyStudies.containsKey(instance.studyUid())) {
            return viewOnly.assemble(r.service(), instance);
        }
        return Await.await(fetchOnce(r, instance, true).bytes()); // in memory; the library keeps it after
    }

    /**
     * Fetches the whole instance and has the keeper keep it (Keep offline), unless it is kept already; returns once
     * it is kept; false when it was kept already. Blocking: a background thread.
     */
    public boolean keep(RemoteInstance instance) throws IOException {
        arrived.awaitStored(instance.sopInstanceUid()); // the series reply brought it: not fetched a second time
        if (knownKept.find(instance.sopInstanceUid()).isPresent()) {
            return false;
        }
        Await.await(fetchOnce(registered(instance), instance, false).kept());
        return true;
    }

    /**
     * Streams {@code order} (a series' instances, the middle first, then outward) into the library ahead of the
     * decoder, but for those the library has ({@link #recall}): the first missing alone (what is on screen first),
     * then the next few one by one, and the rest as the whole series in one WADO-RS reply, kept as it arrives (whatever
     * has arrived in one store), so the series comes at the network's pace rather than at a request per instance; a
     * few missing ({@value #WHOLE_SERIES_FROM} or fewer after the first) are fetched one by one rather than the whole
     * series again. The decoder finds each in the library, or fetches one it needs before the reply reaches it. If the
     * server cannot send the series whole, the rest are fetched one by one, {@value #STREAMS} at a time. A new call
     * (another series opened) stops what the last one still had coming. Nothing streams for a view-only study
     * (nothing of it is kept) or without a library, and nothing for a series the library has whole.
     */
    public void stream(List<RemoteInstance> order) {
        long mine = streamGeneration.incrementAndGet();
        if (keeper == InstanceKeeper.NOTHING_KEPT
                || order.isEmpty()
                || viewOnlyStudies.containsKey(order.get(0).studyUid())) {
            return;
        }
        List<RemoteInstance> missing =
                order.stream().filter(i -> !knownKept.known(i.sopInstanceUid())).toList();
        if (missing.isEmpty()) {
            return;
        }
        // What is on screen first comes alone (the decoder is asking for it too: they share the one fetch); the rest
        // start when the decoders ask for more (the first image is shown: the viewer prefetches then), or soon after
        // it has arrived, so that nothing competes with the first image. Prefetches wait for the rest. When the
        // library has the image on screen (selecting the series brought it), the rest wait all the same.
        RemoteInstance onScreen = order.get(0);
        boolean onScreenMissing = missing.get(0) == onScreen;
        List<RemoteInstance> later = onScreenMissing ? missing.subList(1, missing.size()) : missing;
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable rest = () -> {
            if (started.compareAndSet(false, true)) {
                streamRest(later, mine);
            }
        };
        startRest = rest;
        coming.noneComing(); // what the last stream still had coming is not (it stops)
        coming.expect(later.stream().map(RemoteInstance::sopInstanceUid).toList());
        streams.execute(() -> {
            if (streamGeneration.get() != mine) {
                return;
            }
            CompletableFuture<?> arrived;
            try {
                arrived = !onScreenMissing
                                || knownKept.find(onScreen.sopInstanceUid()).isPresent()
                        ? CompletableFuture.completedFuture(null)
                        : fetchOnce(registered(onScreen), onScreen, true).bytes();
            } catch (IOException | RuntimeException e) {
                arrived = CompletableFuture.completedFuture(null); // the decoder says why
            }
            arrived.whenComplete((bytes, failure) -> (failure == null
                            ? CompletableFuture.delayedExecutor(REST_AFTER_MS, TimeUnit.MILLISECONDS, streams)
                            : streams)
                    .execute(rest));
        });
    }

    /** After the first: the next few one by one, the rest as the whole series (or one by one when they are few). */
    private void streamRest(List<RemoteInstance> missing, long generation) {
        if (streamGeneration.get() != generation) {
            return;
        }
        int next = Math.min(missing.size(), STREAMS - 1);
        oneByOne(missing.subList(0, next), generation);
        List<RemoteInstance> rest = missing.subList(next, missing.size());
        if (rest.size() <= WHOLE_SERIES_FROM) {
            oneByOne(rest, generation);
            return;
        }
        streams.execute(() -> {
            if (streamGeneration.get() == generation && !wholeSeries(rest, generation)) {
                oneByOne(rest, generation);
            }
        });
    }

    private void oneByOne(List<RemoteInstance> instances, long generation) {
        for (RemoteInstance i : instances) {
            streams.execute(() -> {
                try {
                    if (streamGeneration.get() == generation) {
                        keep(i);
                    }
                } catch (IOException | RuntimeException e) {
                    // the decoder asks for it again when it is shown, and says why if it still fails
                } finally {
                    coming.arrived(List.of(i.sopInstanceUid()));
                }
            });
        }
    }

    /**
     * The series in one reply, kept as it arrives: whatever has arrived in one store of the library
     * ({@link ArrivalBatches}; those kept already dropped); false when the server could not send it whole or the reply
     * broke off, so that what is missing is fetched one by one. Its instances come in memory as far as
     * {@link ArrivalMemory} allows, the rest as files.
     */
    private boolean wholeSeries(List<RemoteInstance> rest, long generation) {
        RemoteInstance any = rest.get(0);
        Registered r;
        try {
            r = registered(any);
            FetchFolder.make(temp);
        } catch (IOException e) {
            return false;
        }
        // Kept on the stream threads while the reply goes on, whatever has arrived in one store of the library.
        ArrivalBatches<ArrivedInstance> arrivals = new ArrivalBatches<>(
                streams, parts -> arrived.keep(r.source(), any, parts), () -> decodersQuiet.getAsBoolean());
        CompletableFuture<Integer> reply = r.service()
                .seriesInstances(any.studyUid(), any.seriesUid(), temp, arrived::mayHold, part -> {
                    if (streamGeneration.get() != generation) {
                        throw new InterruptedIOException("another series was opened");
                    }
                    arrived.arrived(part);
                    arrivals.add(part);
                });
        try {
            Await.await(reply);
            return true;
        } catch (IOException e) {
            return streamGeneration.get() != generation; // stopped on purpose: nothing more to fetch
        } finally {
            // Once what arrived is kept, whatever the reply did not bring is no longer coming: the prefetches fetch
            // it alone.
            arrivals.afterAll(() -> coming.arrived(
                    rest.stream().map(RemoteInstance::sopInstanceUid).toList()));
        }
    }

    /**
     * The one fetch of an instance, shared by the decoder and a stream asking for it at once. One to be shown (the
     * decoder's, or a stream's for the image on screen) comes into memory and its bytes are given at once; the library
     * keeps it after, on a stream thread, so the image never waits for a file to be made, written and read back. One
     * only to be kept (a stream's, Keep offline) goes straight to a file, kept on this thread. Never fails: the
     * futures do.
     */
    private InFlight fetchOnce(Registered r, RemoteInstance instance, boolean shown) {
        String sop = instance.sopInstanceUid();
        InFlight mine = new InFlight(new CompletableFuture<>(), new CompletableFuture<>());
        InFlight running = inFlight.putIfAbsent(sop, mine);
        if (running != null) {
            return running;
        }
        Path fetched = null;
        try {
            // Kept by a fetch that ended while this one waited its turn (the caller asked the library just before).
            Optional<Path> kept = knownKept.knownFile(sop);
            if (kept.isPresent()) {
                mine.kept().complete(kept.get());
                mine.bytes().complete(Files.readAllBytes(kept.get()));
                inFlight.remove(sop, mine);
                return mine;
            }
            if (shown) { // given on the thread that read the reply: the decoder wakes at once, with no hop between
                r.service()
                        .instanceBytes(instance.studyUid(), instance.seriesUid(), sop)
                        .whenComplete((bytes, failure) -> arrived(r, instance, mine, bytes, failure));
                return mine;
            }
            fetched = FetchFolder.newFile(temp);
            Await.await(r.service().instance(instance.studyUid(), instance.seriesUid(), sop, fetched));
            mine.bytes().complete(Files.readAllBytes(fetched));
        } catch (IOException | RuntimeException e) {
            inFlight.remove(sop, mine); // first, as in arrived
            mine.bytes().completeExceptionally(e);
            mine.kept().completeExceptionally(e);
            FetchFolder.deleteQuietly(fetched);
            return mine;
        }
        keepFile(r, instance, mine, fetched);
        return mine;
    }

    /** The image to show has come (or failed): its waiters have it, then the library keeps it on a stream thread. */
    private void arrived(Registered r, RemoteInstance instance, InFlight mine, byte[] bytes, Throwable failure) {
        String sop = instance.sopInstanceUid();
        if (failure != null) {
            inFlight.remove(sop, mine); // first: who was waiting may ask again at once
            Throwable c = failure instanceof CompletionException ce ? ce.getCause() : failure;
            mine.bytes().completeExceptionally(c);
            mine.kept().completeExceptionally(c);
            return;
        }
        mine.bytes().complete(bytes);
        if (keeper == InstanceKeeper.NOTHING_KEPT) {
            inFlight.remove(sop, mine);
            mine.kept().completeExceptionally(new IOException("there is no offline library to keep it in"));
        } else {
            streams.execute(() -> keepBytes(r, instance, mine, bytes));
        }
    }

    private void keepBytes(Registered r, RemoteInstance instance, InFlight mine, byte[] bytes) {
        Path file;
        try {
            file = FetchFolder.write(temp, bytes);
        } catch (IOException | RuntimeException e) {
            inFlight.remove(instance.sopInstanceUid(), mine);
            mine.kept().completeExceptionally(e);
            return;
        }
        keepFile(r, instance, mine, file);
    }

    /** Has the keeper take the fetched file, and says where it is kept; the file goes, kept or not. */
    private void keepFile(Registered r, RemoteInstance instance, InFlight mine, Path fetched) {
        Path p = null;
        Exception failed = null;
        try {
            p = keeper.keep(r.source(), instance, fetched);
            knownKept.kept(instance.sopInstanceUid(), p, fetched);
        } catch (IOException | RuntimeException e) {
            failed = e;
        }
        FetchFolder.deleteQuietly(fetched);
        inFlight.remove(instance.sopInstanceUid(), mine); // first: who was waiting may ask again at once
        if (failed == null) {
            mine.kept().complete(p);
        } else {
            mine.kept().completeExceptionally(failed);
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

    /** Bytes of series replies waiting in memory to be kept. */
    long heldInMemory() {
        return arrived.held();
    }

    /** Forgets the metadata kept for view-only series and stops streaming (closing the studies). */
    public void forget() {
        streamGeneration.incrementAndGet();
        viewOnly.forget();
        knownKept.forget();
        coming.noneComing();
    }
}

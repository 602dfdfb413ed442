package eu.eucaim.workstation.client.library;

import eu.eucaim.workstation.api.library.FetchedInstance;
import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.api.library.InstanceOrigin;
import eu.eucaim.workstation.api.library.LibraryException;
import eu.eucaim.workstation.api.library.LibraryInUseException;
import eu.eucaim.workstation.api.library.LibraryListing;
import eu.eucaim.workstation.api.library.LibrarySeries;
import eu.eucaim.workstation.api.library.OfflineLibrary;
import eu.eucaim.workstation.api.library.StoreOutcome;
import eu.eucaim.workstation.client.samples.OfflineLibraryIndex;
import eu.eucaim.workstation.common.NamedThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The {@link ImageLibrary} in a folder of this computer: files named by a hash of their SOP Instance UID plus an
 * index in an embedded H2 database ({@link LibraryFolder}, {@link LibraryIndex}). A store copies the file into
 * {@code tmp/}, forces it to disk, checks it is the DICOM instance named ({@link InstanceCheck}), moves it to its name
 * and only then indexes it in a transaction, so nothing half-written is ever listed; opening repairs what a crash left
 * ({@link LibraryRepair}). One process at a time: a second one gets a {@link LibraryInUseException} at open.
 *
 * <p>A single store's file is copied and checked on the caller's thread, a batch's files in parallel on the library's
 * own; a batch is then moved into place with one force per folder and indexed in one transaction. The index is used by
 * one thread at a time.
 */
public final class LocalImageLibrary implements ImageLibrary {
    /** Folders open in this process: H2 would silently share one database between two objects of one JVM. */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    /** A study used again within this time is not written again: a series' frames would each cost a commit. */
    static final long TOUCH_RESOLUTION_MS = 1_000;

    private static final System.Logger LOG = System.getLogger(LocalImageLibrary.class.getName());

    private final LibraryFolder folder;
    private final LibraryIndex index;
    private final OfflineLibrary samples;
    private final Clock clock;
    private final LibraryRepair.Report repair;
    private final ExecutorService io = Executors.newSingleThreadExecutor(NamedThreads.daemon("eucaim-library"));
    private final LibraryIntake intake;
    private final Object lock = new Object();
    private long limitBytes;
    private boolean closed;
    private volatile Runnable afterClose = () -> {};
    private volatile Runnable beforeCommit = () -> {};

    private LocalImageLibrary(
            LibraryFolder folder,
            LibraryIndex index,
            OfflineLibrary samples,
            long limitBytes,
            Clock clock,
            LibraryRepair.Report repair) {
        this.folder = folder;
        this.index = index;
        this.samples = samples;
        this.limitBytes = limitBytes;
        this.clock = clock;
        this.repair = repair;
        this.intake = new LibraryIntake(folder);
    }

    /**
     * The folder of the viewed images below the offline library's root ({@code <data>/library}), beside the sample
     * downloads' {@code objects/} and per-node folders.
     */
    public static final String FOLDER = OfflineLibraryIndex.VIEWED_FOLDER;

    /**
     * The app's one library: the viewed images in {@code <libraryRoot>/viewed}, listed together with the sample images
     * every node put under {@code libraryRoot} ({@link OfflineLibraryIndex}).
     *
     * @throws LibraryInUseException when another EUCAIM Workstation has it open
     */
    public static LocalImageLibrary openWithSamples(Path libraryRoot, long limitBytes) {
        return open(libraryRoot.resolve(FOLDER), limitBytes, new OfflineLibraryIndex(libraryRoot));
    }

    /** The library in {@code folder} with the default limit and no sample images. */
    public static LocalImageLibrary open(Path folder) {
        return open(folder, DEFAULT_LIMIT_BYTES, null);
    }

    /**
     * Opens (creating if needed) the library in {@code folder}, repairs what a crash left, and evicts if it is over
     * {@code limitBytes}.
     *
     * @param samples the sample downloads to list beside the viewed images (the app's {@code OfflineLibraryIndex}),
     *                or null
     * @throws LibraryInUseException when another process (or another object in this one) has the folder open
     * @throws LibraryException      when the folder or its index cannot be opened
     */
    public static LocalImageLibrary open(Path folder, long limitBytes, OfflineLibrary samples) {
        return open(folder, limitBytes, samples, Clock.systemUTC());
    }

    static LocalImageLibrary open(Path folder, long limitBytes, OfflineLibrary samples, Clock clock) {
        checkLimit(limitBytes);
        LibraryFolder f = new LibraryFolder(Objects.requireNonNull(folder, "folder"));
        try {
            f.makeFolders();
        } catch (IOException e) {
            throw new LibraryException("Cannot create the offline library " + f.root() + ": " + e.getMessage(), e);
        }
        Path key = realPath(f.root());
        if (!OPEN.add(key)) {
            throw new LibraryInUseException(
                    "The offline library " + f.root() + " is already open in this EUCAIM Workstation", null);
        }
        LibraryIndex index = null;
        try {
            index = LibraryIndex.open(f);
            LibraryRepair.Report report = LibraryRepair.run(f, index);
            if (report.changedAnything()) {
                LOG.log(System.Logger.Level.INFO, "Offline library {0} repaired: {1}", f.root(), report);
            }
            LocalImageLibrary library = new LocalImageLibrary(f, index, samples, limitBytes, clock, report);
            library.evictOverLimit(Set.of());
            return library;
        } catch (IOException | SQLException | RuntimeException e) {
            if (index != null) {
                index.close();
            }
            OPEN.remove(key);
            if (e instanceof LibraryException le) {
                throw le;
            }
            throw new LibraryException("Cannot open the offline library " + f.root() + ": " + e.getMessage(), e);
        }
    }

    /** What the repair at open did (for tests and the log). */
    LibraryRepair.Report repairAtOpen() {
        return repair;
    }

    public Path folder() {
        return folder.root();
    }

    @Override
    public Path store(InstanceOrigin origin, Path instanceFile) {
        return storeOne(origin, instanceFile, false);
    }

    /** Moves the fetched file into the library (one disk: no copy of its bytes), else copies it; it is gone after. */
    @Override
    public Path storeTaking(InstanceOrigin origin, Path fetchedFile) {
        try {
            return storeOne(origin, fetchedFile, true);
        } finally {
            deleteQuietly(fetchedFile);
        }
    }

    /**
     * Takes, forces and checks the batch's files in parallel ({@link LibraryIntake}), then moves those that passed into
     * place, forces their folders once and indexes them in one transaction.
     */
    @Override
    public List<StoreOutcome> storeAllTaking(List<FetchedInstance> batch) {
        List<FetchedInstance> all = List.copyOf(Objects.requireNonNull(batch, "batch"));
        try {
            return storeBatch(all, true);
        } finally {
            for (FetchedInstance f : all) {
                deleteQuietly(f.file());
            }
        }
    }

    private Path storeOne(InstanceOrigin origin, Path instanceFile, boolean take) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(instanceFile, "instanceFile");
        StoreOutcome outcome = storeBatch(List.of(new FetchedInstance(origin, instanceFile)), take)
                .get(0);
        if (outcome.isKept()) {
            return outcome.kept();
        }
        throw outcome.refusal();
    }

    private List<StoreOutcome> storeBatch(List<FetchedInstance> batch, boolean take) {
        StoreOutcome[] out = new StoreOutcome[batch.size()];
        Map<Integer, Path> already = alreadyKept(batch);
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            FetchedInstance f = batch.get(i);
            if (!Files.isRegularFile(f.file())) {
                out[i] = StoreOutcome.refused(
                        f.origin(),
                        new IllegalArgumentException("Cannot keep " + f.origin() + ": " + f.file() + " is not a file"));
            } else if (already.containsKey(i)) {
                out[i] = StoreOutcome.kept(f.origin(), already.get(i)); // kept once; the first copy is as good
            } else {
                todo.add(i);
            }
        }
        List<LibraryIntake.Taken> taken = intake.takeAll(batch, todo, take, out);
        try {
            index(taken, out);
        } finally {
            for (LibraryIntake.Taken p : taken) {
                deleteQuietly(p.temp()); // gone already unless it was not moved into place
            }
        }
        return List.of(out);
    }

    /**
     * The library's copies of the batch's instances it has already, by position; counts as a use of their studies, as
     * {@link #find} does. A row whose file was removed by hand goes, so that the instance is stored again.
     */
    private Map<Integer, Path> alreadyKept(List<FetchedInstance> batch) {
        return indexed(() -> {
            Map<Integer, Path> have = new HashMap<>();
            List<String> gone = new ArrayList<>();
            Set<String> touched = new HashSet<>();
            boolean wrote = false;
            long now = clock.millis();
            for (int i = 0; i < batch.size(); i++) {
                InstanceOrigin o = batch.get(i).origin();
                Optional<String> name = index.fileOf(o.sopInstanceUid());
                if (name.isEmpty()) {
                    continue;
                }
                Path p = folder.file(name.get());
                if (!Files.isRegularFile(p)) {
                    gone.add(o.sopInstanceUid());
                    continue;
                }
                have.put(i, p);
                if (touched.add(o.studyUid())) {
                    wrote |= index.touchStudyOfInstance(o.sopInstanceUid(), now - TOUCH_RESOLUTION_MS, now);
                }
            }
            if (!gone.isEmpty()) {
                index.dropInstances(gone);
                wrote = true;
            }
            if (wrote) {
                index.commit();
            }
            return have;
        });
    }

    /**
     * Moves the checked files to their names, forces their folders once and indexes them in one transaction, then
     * evicts. A failure keeps none of them: the rows are rolled back and the files moved so far deleted (a crash
     * instead leaves files no row names, which the repair at the next open deletes).
     */
    private void index(List<LibraryIntake.Taken> taken, StoreOutcome[] out) {
        if (taken.isEmpty()) {
            return;
        }
        synchronized (lock) {
            checkOpen();
            List<LibraryIntake.Taken> insert = new ArrayList<>();
            List<Path> moved = new ArrayList<>();
            try {
                List<String> stale = new ArrayList<>();
                Map<String, String> studyOfSeries = new HashMap<>();
                Set<String> inBatch = new HashSet<>();
                for (LibraryIntake.Taken p : taken) {
                    InstanceOrigin o = p.origin();
                    Optional<String> known = index.fileOf(o.sopInstanceUid());
                    if (inBatch.contains(o.sopInstanceUid()) || known.isPresent() && Files.isRegularFile(p.target())) {
                        out[p.at()] = StoreOutcome.kept(o, p.target()); // twice in the batch, or stored meanwhile
                        continue;
                    }
                    String study = studyOfSeries.containsKey(o.seriesUid())
                            ? studyOfSeries.get(o.seriesUid())
                            : index.studyOfSeries(o.seriesUid()).orElse(null);
                    if (study != null && !study.equals(o.studyUid())) {
                        out[p.at()] = StoreOutcome.refused(
                                o,
                                new IllegalArgumentException("Cannot keep " + o + ": series " + o.seriesUid()
                                        + " is in study " + study + " in the offline library, not in "
                                        + o.studyUid()));
                        continue;
                    }
                    studyOfSeries.put(o.seriesUid(), o.studyUid());
                    inBatch.add(o.sopInstanceUid());
                    if (known.isPresent()) {
                        stale.add(o.sopInstanceUid()); // its file was removed behind our back
                    }
                    insert.add(p);
                }
                if (insert.isEmpty()) {
                    return;
                }
                if (!stale.isEmpty()) {
                    index.dropInstances(stale);
                }
                for (LibraryIntake.Taken p : insert) {
                    folder.moveIntoPlace(p.temp(), p.target());
                    moved.add(p.target());
                }
                LibraryFolder.forceFolders(moved);
                beforeCommit.run();
                long now = clock.millis();
                for (LibraryIntake.Taken p : insert) {
                    index.insert(
                            p.origin(), p.header(), p.target().getFileName().toString(), p.bytes(), now);
                }
                index.commit();
            } catch (IOException | SQLException | RuntimeException e) {
                index.rollbackQuietly();
                moved.forEach(LocalImageLibrary::deleteQuietly); // no row names them: they must not stay
                throw LibraryIntake.cannotKeep(
                        folder,
                        insert.size() == 1
                                ? insert.get(0).origin().toString()
                                : insert.size() + " instances (" + insert.get(0).origin() + ", …)",
                        e);
            }
            Set<String> studies = new HashSet<>();
            for (LibraryIntake.Taken p : insert) {
                out[p.at()] = StoreOutcome.kept(p.origin(), p.target());
                studies.add(p.origin().studyUid());
            }
            evictOverLimit(studies);
        }
    }

    @Override
    public Optional<Path> find(String sopInstanceUid) {
        InstanceOrigin.checkUid("SOP Instance UID", sopInstanceUid);
        return indexed(() -> {
            Optional<String> name = index.fileOf(sopInstanceUid);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            Path p = folder.file(name.get());
            if (!Files.isRegularFile(p)) {
                index.dropInstances(List.of(sopInstanceUid)); // removed by hand: fetch it again
                index.commit();
                return Optional.empty();
            }
            long now = clock.millis();
            if (index.touchStudyOfInstance(sopInstanceUid, now - TOUCH_RESOLUTION_MS, now)) {
                index.commit();
            }
            return Optional.of(p);
        });
    }

    @Override
    public Map<String, Path> seriesFiles(String seriesUid) {
        InstanceOrigin.checkUid("Series Instance UID", seriesUid);
        return indexed(() -> {
            Map<String, Path> out = new HashMap<>();
            List<String> gone = new ArrayList<>();
            index.filesOfSeries(seriesUid).forEach((sop, name) -> {
                Path p = folder.file(name);
                if (Files.isRegularFile(p)) {
                    out.put(sop, p);
                } else {
                    gone.add(sop); // removed by hand: fetch it again
                }
            });
            boolean wrote = false;
            if (!gone.isEmpty()) {
                index.dropInstances(gone);
                wrote = true;
            }
            long now = clock.millis();
            if (!out.isEmpty()) {
                wrote |= index.touchStudyOfSeries(seriesUid, now - TOUCH_RESOLUTION_MS, now);
            }
            if (wrote) {
                index.commit();
            }
            return out;
        });
    }

    @Override
    public void expectSeries(String studyUid, String seriesUid, int instances) {
        InstanceOrigin.checkUid("Study Instance UID", studyUid);
        InstanceOrigin.checkUid("Series Instance UID", seriesUid);
        checkCount("instances", instances);
        indexed(() -> {
            index.expectSeries(studyUid, seriesUid, instances, clock.millis());
            index.commit();
            return null;
        });
    }

    @Override
    public void expectStudy(String studyUid, int series) {
        InstanceOrigin.checkUid("Study Instance UID", studyUid);
        checkCount("series", series);
        indexed(() -> {
            index.expectStudy(studyUid, series, clock.millis());
            index.commit();
            return null;
        });
    }

    @Override
    public boolean seriesComplete(String seriesUid) {
        InstanceOrigin.checkUid("Series Instance UID", seriesUid);
        return indexed(() -> index.seriesComplete(seriesUid));
    }

    @Override
    public boolean studyComplete(String studyUid) {
        InstanceOrigin.checkUid("Study Instance UID", studyUid);
        return indexed(() -> index.studyComplete(studyUid));
    }

    @Override
    public CompletableFuture<LibraryListing> listing() {
        return sampleSeries()
                .thenApplyAsync(
                        sampleSeries -> {
                            List<LibraryListings.PatientStudy> all = new ArrayList<>(remoteStudies());
                            all.addAll(LibraryListings.samples(sampleSeries));
                            long total = totalBytes();
                            return new LibraryListing(LibraryListings.byPatient(all), total, limitBytes());
                        },
                        io);
    }

    @Override
    public CompletableFuture<List<LibrarySeries>> contents() {
        return sampleSeries()
                .thenApplyAsync(
                        sampleSeries -> {
                            List<LibrarySeries> all = new ArrayList<>(LibraryListings.asLibrarySeries(remoteStudies()));
                            all.addAll(sampleSeries);
                            return List.copyOf(all);
                        },
                        io);
    }

    private CompletableFuture<List<LibrarySeries>> sampleSeries() {
        return samples == null ? CompletableFuture.completedFuture(List.of()) : samples.contents();
    }

    private List<LibraryListings.PatientStudy> remoteStudies() {
        List<LibraryIndex.Row> rows = indexed(index::rows);
        return LibraryListings.remote(rows, folder::file);
    }

    @Override
    public CompletableFuture<Void> pin(String studyUid, boolean keepOffline) {
        InstanceOrigin.checkUid("Study Instance UID", studyUid);
        return CompletableFuture.supplyAsync(
                () -> indexed(() -> {
                    index.pin(studyUid, keepOffline, clock.millis());
                    index.commit();
                    return null;
                }),
                io);
    }

    @Override
    public CompletableFuture<Boolean> delete(String studyUid) {
        InstanceOrigin.checkUid("Study Instance UID", studyUid);
        return CompletableFuture.supplyAsync(
                () -> {
                    List<String> files = indexed(() -> {
                        List<String> names = index.deleteStudy(studyUid);
                        index.commit();
                        return names;
                    });
                    if (files == null) {
                        return false;
                    }
                    deleteFiles(files);
                    return true;
                },
                io);
    }

    @Override
    public long totalBytes() {
        return indexed(index::totalBytes);
    }

    @Override
    public long limitBytes() {
        synchronized (lock) {
            return limitBytes;
        }
    }

    @Override
    public void limitBytes(long bytes) {
        checkLimit(bytes);
        synchronized (lock) {
            checkOpen();
            limitBytes = bytes;
            evictOverLimit(Set.of());
        }
    }

    /**
     * Removes unpinned studies, least recently used first, until the library is within its limit; never
     * {@code spare} (the studies being stored). Pinned studies and those being stored may keep it over the limit.
     */
    private void evictOverLimit(Set<String> spare) {
        synchronized (lock) {
            try {
                long total = index.totalBytes();
                if (total <= limitBytes) {
                    return;
                }
                for (LibraryIndex.Candidate c : index.evictable(spare)) {
                    List<String> files = index.deleteStudy(c.studyUid());
                    index.commit();
                    if (files != null) {
                        deleteFiles(files);
                    }
                    total -= c.bytes();
                    if (total <= limitBytes) {
                        return;
                    }
                }
            } catch (SQLException e) {
                index.rollbackQuietly();
                // The store before this succeeded; the next store tries again.
                LOG.log(System.Logger.Level.WARNING, "Could not evict from the offline library " + folder.root(), e);
            }
        }
    }

    /** Deletes files whose rows are gone (committed); one that stays is deleted by the next open's repair. */
    private void deleteFiles(List<String> names) {
        for (String name : names) {
            deleteQuietly(folder.file(name));
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            index.close();
            OPEN.remove(realPath(folder.root()));
        }
        io.shutdown();
        intake.close();
        afterClose.run();
    }

    /**
     * For the tests: runs {@code action} once a batch's files are in place and their folders forced, just before its
     * rows are written and committed (an exception from it fails the batch there).
     */
    LocalImageLibrary beforeCommit(Runnable action) {
        this.beforeCommit = action;
        return this;
    }

    /** Runs {@code action} once the library is closed (a temporary library removes its folder). */
    LocalImageLibrary afterClose(Runnable action) {
        this.afterClose = action;
        return this;
    }

    /** A step on the index, one at a time, with SQL failures as {@link LibraryException}s. */
    private <T> T indexed(SqlStep<T> step) {
        synchronized (lock) {
            checkOpen();
            try {
                return step.run();
            } catch (SQLException e) {
                index.rollbackQuietly();
                throw new LibraryException(
                        "The offline library's index in " + folder.root() + " failed: " + e.getMessage(), e);
            }
        }
    }

    private interface SqlStep<T> {
        T run() throws SQLException;
    }

    private void checkOpen() {
        if (closed) {
            throw new LibraryException("The offline library " + folder.root() + " is closed");
        }
    }

    private static void checkLimit(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("The offline library's size limit must be positive, not " + bytes);
        }
    }

    private static void checkCount(String what, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("A count of " + what + " must be positive, not " + n);
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Left for the repair at the next open.
        }
    }
}

package eu.eucaim.workstation.client.library;

import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.api.library.InstanceOrigin;
import eu.eucaim.workstation.api.library.LibraryException;
import eu.eucaim.workstation.api.library.LibraryInUseException;
import eu.eucaim.workstation.api.library.LibraryListing;
import eu.eucaim.workstation.api.library.LibrarySeries;
import eu.eucaim.workstation.api.library.OfflineLibrary;
import eu.eucaim.workstation.client.samples.OfflineLibraryIndex;
import eu.eucaim.workstation.common.NamedThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 * <p>The files are copied and checked in parallel on the callers' threads; the index is used by one thread at a time.
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
    private final Object lock = new Object();
    private long limitBytes;
    private boolean closed;
    private volatile Runnable afterClose = () -> {};

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
            Files.createDirectories(f.root());
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
            library.evictOverLimit(null);
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
        return store(origin, instanceFile, false);
    }

    /** Moves the fetched file into the library (one disk: no copy of its bytes), else copies it; it is gone after. */
    @Override
    public Path storeTaking(InstanceOrigin origin, Path fetchedFile) {
        try {
            return store(origin, fetchedFile, true);
        } finally {
            deleteQuietly(fetchedFile);
        }
    }

    private Path store(InstanceOrigin origin, Path instanceFile, boolean take) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(instanceFile, "instanceFile");
        if (!Files.isRegularFile(instanceFile)) {
            throw new IllegalArgumentException("Cannot keep " + origin + ": " + instanceFile + " is not a file");
        }
        Path target = folder.file(LibraryFolder.fileName(origin.sopInstanceUid()));
        Optional<Path> already = find(origin.sopInstanceUid());
        if (already.isPresent()) {
            return already.get(); // kept once; the first copy is as good as this one
        }
        Path temp;
        try {
            temp = take ? folder.moveToTemp(instanceFile) : folder.copyToTemp(instanceFile);
        } catch (IOException e) {
            throw new LibraryException(
                    "Cannot keep " + origin + " in the offline library " + folder.root() + ": " + e.getMessage(), e);
        }
        try {
            InstanceCheck.Header header = InstanceCheck.check(origin, temp);
            long bytes = Files.size(temp);
            synchronized (lock) {
                checkOpen();
                return index(origin, header, temp, target, bytes);
            }
        } catch (IOException e) {
            throw new LibraryException(
                    "Cannot keep " + origin + " in the offline library " + folder.root() + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Moves the checked temp file to its name and indexes it, then evicts; call holding the lock. */
    private Path index(InstanceOrigin origin, InstanceCheck.Header header, Path temp, Path target, long bytes)
            throws IOException {
        long now = clock.millis();
        try {
            Optional<String> known = index.fileOf(origin.sopInstanceUid());
            if (known.isPresent() && Files.isRegularFile(target)) {
                return target; // another thread stored it meanwhile
            }
            Optional<String> study = index.studyOfSeries(origin.seriesUid());
            if (study.isPresent() && !study.get().equals(origin.studyUid())) {
                throw new IllegalArgumentException("Cannot keep " + origin + ": series " + origin.seriesUid()
                        + " is in study " + study.get() + " in the offline library, not in " + origin.studyUid());
            }
            if (known.isPresent()) {
                index.dropInstances(List.of(origin.sopInstanceUid())); // its file was removed behind our back
            }
            folder.moveIntoPlace(temp, target);
            try {
                index.insert(origin, header, target.getFileName().toString(), bytes, now);
                index.commit();
            } catch (SQLException | RuntimeException e) {
                index.rollbackQuietly();
                deleteQuietly(target); // no row names it: it must not stay (the repair would delete it anyway)
                throw e;
            }
        } catch (SQLException e) {
            index.rollbackQuietly();
            throw new LibraryException(
                    "Cannot index " + origin + " in the offline library " + folder.root() + ": " + e.getMessage(), e);
        }
        evictOverLimit(origin.studyUid());
        return target;
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
            evictOverLimit(null);
        }
    }

    /**
     * Removes unpinned studies, least recently used first, until the library is within its limit; never
     * {@code spare} (the study being stored). Pinned studies and the one being stored may keep it over the limit.
     */
    private void evictOverLimit(String spare) {
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
        afterClose.run();
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

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Left for the repair at the next open.
        }
    }
}

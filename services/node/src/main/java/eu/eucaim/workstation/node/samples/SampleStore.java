package eu.eucaim.workstation.node.samples;

import com.fasterxml.jackson.core.type.TypeReference;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleFile;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleSeries;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleStudy;
import eu.eucaim.workstation.common.NamedThreads;
import eu.eucaim.workstation.node.demo.images.WrittenSeries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dataset's sample images on disk: generated once, in the background on first request, into their folder
 * (written to a temporary folder first and renamed, so a half-written set is never taken for a finished one), with
 * a {@code manifest.json} listing studies, series and files with sizes and SHA-256. Not in the database: a few MB of
 * deterministic files are cheaper to regenerate than to keep as blobs, and files can be streamed as they are.
 * One node at a time makes a set, holding its {@link GenerationLock} ({@code <set>.lock} beside the folder); another
 * node on the same folder waits for it and then reads its set. A temporary folder whose set nobody holds the lock of
 * is left over from a node that died, whatever its age: {@link #removeIfAbandoned} removes it.
 */
public final class SampleStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SampleStore.class);
    static final String MANIFEST = "manifest.json";
    /** Marks a set's temporary folder, {@code <set>.partial-<random>}. */
    static final String PARTIAL = ".partial-";

    /** Writes a set of sample series into a folder, stopping when told. */
    @FunctionalInterface
    public interface Generator {
        List<WrittenSeries> write(Path dir, java.util.function.BooleanSupplier cancelled) throws IOException;
    }

    private final Path dir;
    private final Generator maker;
    private volatile Loaded loaded;
    /** The generation in progress, if any; a failed one is dropped so that the next request tries again. */
    private CompletableFuture<Void> generating;
    /** The thread of that generation: closing waits for it to stop. */
    private Thread generator;

    private boolean closed;

    /** The manifest and a path → file index for downloads. */
    private record Loaded(List<SampleStudy> studies, Map<String, SampleFile> files) {}

    /** The set {@code generator} makes, kept in {@code dir}. */
    public SampleStore(Path dir, Generator generator) {
        this.dir = dir;
        this.maker = generator;
    }

    /**
     * The sample studies when they are on disk; otherwise starts making them in the background (once) and returns
     * empty: generation takes seconds, longer than a client should wait for one reply.
     *
     * @throws IOException when the manifest cannot be read, or the last generation failed (the next call retries)
     */
    public Optional<List<SampleStudy>> studies() throws IOException {
        return ready().map(Loaded::studies);
    }

    /**
     * The file for a manifest path; empty when the samples are not ready yet or the manifest has no such path
     * (the path is only ever looked up, never resolved as given, so nothing outside the samples folder can be
     * named).
     */
    public Optional<Located> locate(String path) throws IOException {
        return ready().map(l -> l.files().get(path)).map(f -> new Located(f, dir.resolve(f.path())));
    }

    /** Blocks until the samples are on disk (for tools and tests). */
    public List<SampleStudy> awaitStudies() throws IOException {
        while (true) {
            Optional<List<SampleStudy>> s = studies();
            if (s.isPresent()) {
                return s.get();
            }
            CompletableFuture<Void> g;
            synchronized (this) {
                if (closed) {
                    throw new IOException("The sample store of " + dir + " is closed");
                }
                g = generating;
            }
            if (g != null) {
                g.exceptionally(e -> null).join();
            }
        }
    }

    /** A manifest entry and where it is. */
    public record Located(SampleFile file, Path location) {}

    private synchronized Optional<Loaded> ready() throws IOException {
        if (loaded != null) {
            return Optional.of(loaded);
        }
        if (Files.isRegularFile(dir.resolve(MANIFEST))) {
            loaded = index(
                    Json.mapper().readValue(dir.resolve(MANIFEST).toFile(), new TypeReference<List<SampleStudy>>() {}));
            return Optional.of(loaded);
        }
        if (closed) {
            return Optional.empty(); // a stopped node makes nothing more
        }
        if (generating != null && generating.isCompletedExceptionally()) {
            CompletableFuture<Void> failed = generating;
            generating = null;
            try {
                failed.join();
            } catch (CompletionException e) {
                throw new IOException(
                        "Sample images could not be generated in " + dir + ": "
                                + e.getCause().getMessage(),
                        e.getCause());
            }
        }
        if (generating == null) {
            generating = CompletableFuture.runAsync(
                    () -> {
                        try {
                            generate();
                        } catch (IOException e) {
                            if (!isClosed()) {
                                LOG.warn("Generating the demo sample images in {} failed", dir, e);
                            }
                            throw new UncheckedIOException(e);
                        }
                    },
                    runnable -> {
                        generator = NamedThreads.start("eucaim-sample-images", runnable);
                    });
        }
        return Optional.empty();
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Stops a generation still running (it checks before each image) and waits for it (at most 10 s): it removes
     * its temporary folder, so a stopped node leaves nothing half-written behind. Later requests start nothing new.
     */
    @Override
    public void close() {
        Thread t;
        CompletableFuture<Void> g;
        synchronized (this) {
            closed = true;
            t = generator;
            g = generating;
        }
        if (t == null || g == null || g.isDone()) {
            return;
        }
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Loaded index(List<SampleStudy> studies) {
        Map<String, SampleFile> files = new LinkedHashMap<>();
        for (SampleStudy st : studies) {
            for (SampleSeries se : st.series()) {
                for (SampleFile f : se.files()) {
                    files.put(f.path(), f);
                }
            }
        }
        return new Loaded(List.copyOf(studies), Map.copyOf(files));
    }

    private void generate() throws IOException {
        Files.createDirectories(dir.getParent());
        Optional<GenerationLock> lock = awaitLock();
        if (lock.isEmpty()) {
            return; // closed while another node was making the set
        }
        try (GenerationLock held = lock.get()) {
            if (Files.isRegularFile(dir.resolve(MANIFEST))) {
                return; // the node that held the lock made it
            }
            removePartials(dir); // only the holder of the lock writes one: whatever is there is left over
            generateUnderLock();
        }
    }

    /** Waits while another node makes the set, checking every 200 ms whether this store was closed. */
    private Optional<GenerationLock> awaitLock() throws IOException {
        while (!isClosed()) {
            Optional<GenerationLock> lock = GenerationLock.tryAcquire(lockFile(dir));
            if (lock.isPresent()) {
                return lock;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    private void generateUnderLock() throws IOException {
        Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + PARTIAL);
        try {
            long started = System.nanoTime();
            List<SampleStudy> studies = manifest(tmp, maker.write(tmp, this::isClosed));
            Json.mapper().writeValue(tmp.resolve(MANIFEST).toFile(), studies);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // A node of an earlier version (it took no lock) finished first: its set is the same bytes.
                if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
                    throw e;
                }
            }
            LOG.info("Generated sample images in {} ({} ms)", dir, (System.nanoTime() - started) / 1_000_000);
        } finally {
            deleteTree(tmp);
        }
    }

    /** Studies in the order written, each with its series; paths relative to {@code root}. */
    private static List<SampleStudy> manifest(Path root, List<WrittenSeries> written) throws IOException {
        Map<String, List<SampleSeries>> series = new LinkedHashMap<>();
        Map<String, WrittenSeries> firstOfStudy = new LinkedHashMap<>();
        for (WrittenSeries s : written) {
            List<SampleFile> files = new ArrayList<>();
            for (Path p : s.files()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                files.add(new SampleFile(rel, Files.size(p), sha256(p)));
            }
            firstOfStudy.putIfAbsent(s.studyUid(), s);
            series.computeIfAbsent(s.studyUid(), k -> new ArrayList<>())
                    .add(new SampleSeries(
                            s.seriesUid(),
                            s.modality(),
                            s.seriesDescription(),
                            files,
                            s.bodyPart(),
                            s.keyIndex(),
                            s.keyNote()));
        }
        List<SampleStudy> studies = new ArrayList<>();
        for (WrittenSeries first : firstOfStudy.values()) {
            List<SampleSeries> of = series.get(first.studyUid());
            String modalities = String.join(
                    "/", of.stream().map(SampleSeries::modality).distinct().toList());
            studies.add(new SampleStudy(
                    first.studyUid(),
                    first.studyDescription(),
                    modalities,
                    of,
                    first.patientName(),
                    first.patientId(),
                    first.studyDate()));
        }
        return studies;
    }

    /** The lock of the set kept in {@code setDir}: {@code <set>.lock} beside it, kept (see {@link GenerationLock}). */
    static Path lockFile(Path setDir) {
        return setDir.resolveSibling(setDir.getFileName() + ".lock");
    }

    /**
     * Removes {@code partial} ({@code <set>.partial-*}), a temporary folder of a set, when no node is making that set
     * now (nobody, in any process, holds its lock: the one that wrote it died); returns whether it did. A folder of a
     * generation in progress is left alone, so a node starting beside another never pulls the files from under it.
     */
    static boolean removeIfAbandoned(Path partial) throws IOException {
        String name = partial.getFileName().toString();
        int at = name.indexOf(PARTIAL);
        if (at <= 0) {
            throw new IllegalArgumentException("Not a temporary folder of a sample set: " + partial);
        }
        Optional<GenerationLock> lock =
                GenerationLock.tryAcquire(lockFile(partial.resolveSibling(name.substring(0, at))));
        if (lock.isEmpty()) {
            return false;
        }
        try (GenerationLock held = lock.get()) {
            deleteTree(partial);
            return true;
        }
    }

    /** Every temporary folder of the set in {@code setDir}; the caller holds the set's lock. */
    private static void removePartials(Path setDir) throws IOException {
        String prefix = setDir.getFileName() + PARTIAL;
        try (Stream<Path> siblings = Files.list(setDir.getParent())) {
            for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList()) {
                deleteTree(p);
                LOG.info("Removed {}, left by a sample generation that was interrupted", p);
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

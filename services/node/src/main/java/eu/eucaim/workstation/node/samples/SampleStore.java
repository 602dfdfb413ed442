package eu.eucaim.workstation.node.samples;

import com.fasterxml.jackson.core.type.TypeReference;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleFile;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleSeries;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleStudy;
import eu.eucaim.workstation.common.NamedThreads;
import eu.eucaim.workstation.node.demo.images.DemoImages;
import eu.eucaim.workstation.node.demo.images.GeneratedSeries;
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
 * The demo sample images on disk: generated once, in the background on first request, into {@code <data>/samples/seed-<S>/} (written to
 * a temporary folder first and renamed, so a half-written set is never taken for a finished one), with a
 * {@code manifest.json} listing studies, series and files with sizes and SHA-256. Not in the database: 175 MB of
 * deterministic files are cheaper to regenerate than to keep as blobs, and files can be streamed as they are.
 * One node at a time generates a set, holding its {@link GenerationLock}; the others on the same folder wait for it
 * and then read its set. Temporary folders left by a node that died are removed at the next start
 * ({@link #removeLeftovers}) or before the next generation.
 */
public final class SampleStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SampleStore.class);
    static final String MANIFEST = "manifest.json";

    private final Path dir;
    /** Held by the node generating this set ({@link GenerationLock}). */
    private final Path lockFile;

    private final long seed;
    private final int ctSlices;
    private volatile Loaded loaded;
    /** The generation in progress, if any; a failed one is dropped so that the next request tries again. */
    private CompletableFuture<Void> generating;
    /** The thread of that generation: closing waits for it to stop. */
    private Thread generator;

    private boolean closed;

    /** The manifest and a path → file index for downloads. */
    private record Loaded(List<SampleStudy> studies, Map<String, SampleFile> files) {}

    public SampleStore(Path samplesRoot, long seed) {
        this(samplesRoot, seed, DemoImages.CT_SLICES);
    }

    /** With a CT volume of {@code ctSlices} slices; a smaller set has its own folder, {@code seed-<S>-ct<N>}. */
    public SampleStore(Path samplesRoot, long seed, int ctSlices) {
        this.dir = samplesRoot.resolve("seed-" + seed + (ctSlices == DemoImages.CT_SLICES ? "" : "-ct" + ctSlices));
        this.lockFile = samplesRoot.resolve(dir.getFileName() + ".lock");
        this.seed = seed;
        this.ctSlices = ctSlices;
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

    /**
     * Removes the temporary folders of this set that a node stopped mid-generation ({@code kill -9}, power loss)
     * left behind, unless a node is generating the set right now (it holds the set's {@link GenerationLock}; then
     * that node removes them before it starts). Only this set's {@code <set>.partial-*} folders: never a finished
     * set, never another seed's or CT size's. Called when the node starts.
     */
    public void removeLeftovers() throws IOException {
        if (!Files.isDirectory(dir.getParent())) {
            return;
        }
        Optional<GenerationLock> lock = GenerationLock.tryAcquire(lockFile);
        if (lock.isPresent()) {
            try (GenerationLock held = lock.get()) {
                deletePartials();
            }
        }
    }

    private void generate() throws IOException {
        Files.createDirectories(dir.getParent());
        Optional<GenerationLock> lock = awaitLock();
        if (lock.isEmpty()) {
            return; // closed while another node was generating the set
        }
        try (GenerationLock held = lock.get()) {
            if (Files.isRegularFile(dir.resolve(MANIFEST))) {
                return; // the node that held the lock made it
            }
            deletePartials(); // whatever is there is left over: only the holder of the lock writes one
            generateUnderLock();
        }
    }

    /** Waits while another node generates the set (checking every 200 ms whether this store was closed). */
    private Optional<GenerationLock> awaitLock() throws IOException {
        while (!isClosed()) {
            Optional<GenerationLock> lock = GenerationLock.tryAcquire(lockFile);
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
        Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".partial-");
        try {
            long started = System.nanoTime();
            List<GeneratedSeries> written =
                    new DemoImages(seed, ctSlices).cancelledWhen(this::isClosed).writeAll(tmp);
            List<SampleStudy> studies = new ArrayList<>();
            for (GeneratedSeries s : written) {
                List<SampleFile> files = new ArrayList<>();
                for (Path p : s.files()) {
                    String rel = tmp.relativize(p).toString().replace('\\', '/');
                    files.add(new SampleFile(rel, Files.size(p), sha256(p)));
                }
                studies.add(new SampleStudy(
                        s.studyInstanceUid(),
                        s.kind().studyDescription(),
                        s.kind().modality(),
                        List.of(new SampleSeries(
                                s.seriesInstanceUid(),
                                s.kind().modality(),
                                s.kind().seriesDescription(),
                                files))));
            }
            Json.mapper().writeValue(tmp.resolve(MANIFEST).toFile(), studies);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // A node of an earlier version (which took no lock) finished first: its set is the same bytes.
                if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
                    throw e;
                }
            }
            LOG.info(
                    "Generated the demo sample images (seed {}) in {} ({} ms)",
                    seed,
                    dir,
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            deleteTree(tmp);
        }
    }

    private void deletePartials() throws IOException {
        String partial = dir.getFileName() + ".partial-";
        try (Stream<Path> siblings = Files.list(dir.getParent())) {
            for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(partial))
                    .toList()) {
                deleteTree(p);
                LOG.info("Removed {}, left over from a node stopped while it made the sample images", p);
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

    private static void deleteTree(Path root) throws IOException {
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

package eu.eucaim.workstation.node.samples;

import com.fasterxml.jackson.core.type.TypeReference;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleFile;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleSeries;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleStudy;
import eu.eucaim.workstation.node.demo.images.DemoImages;
import eu.eucaim.workstation.node.demo.images.GeneratedSeries;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo sample images on disk: generated once, on first need, into {@code <data>/samples/seed-<S>/} (written to
 * a temporary folder first and renamed, so a half-written set is never taken for a finished one), with a
 * {@code manifest.json} listing studies, series and files with sizes and SHA-256. Not in the database: 175 MB of
 * deterministic files are cheaper to regenerate than to keep as blobs, and files can be streamed as they are.
 */
public final class SampleStore {
    private static final Logger LOG = LoggerFactory.getLogger(SampleStore.class);
    static final String MANIFEST = "manifest.json";

    private final Path dir;
    private final long seed;
    private volatile Loaded loaded;

    /** The manifest and a path → file index for downloads. */
    private record Loaded(List<SampleStudy> studies, Map<String, SampleFile> files) {
    }

    public SampleStore(Path samplesRoot, long seed) {
        this.dir = samplesRoot.resolve("seed-" + seed);
        this.seed = seed;
    }

    /** The sample studies, generating them first when this data folder has none yet. */
    public List<SampleStudy> studies() throws IOException {
        return load().studies();
    }

    /**
     * The file for a manifest path, or null when the manifest has no such path (the path is only ever looked up,
     * never resolved as given, so nothing outside the samples folder can be named).
     */
    public Located locate(String path) throws IOException {
        SampleFile f = load().files().get(path);
        return f == null ? null : new Located(f, dir.resolve(f.path()));
    }

    /** A manifest entry and where it is. */
    public record Located(SampleFile file, Path location) {
    }

    private Loaded load() throws IOException {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
                        generate();
                    }
                    l = index(Json.mapper().readValue(dir.resolve(MANIFEST).toFile(), new TypeReference<List<SampleStudy>>() { }));
                    loaded = l;
                }
            }
        }
        return l;
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
        Path tmp = Files.createTempDirectory(dir.getParent(), "seed-" + seed + ".partial-");
        try {
            long started = System.nanoTime();
            List<GeneratedSeries> written = new DemoImages(seed).writeAll(tmp);
            List<SampleStudy> studies = new ArrayList<>();
            for (GeneratedSeries s : written) {
                List<SampleFile> files = new ArrayList<>();
                for (Path p : s.files()) {
                    String rel = tmp.relativize(p).toString().replace('\\', '/');
                    files.add(new SampleFile(rel, Files.size(p), sha256(p)));
                }
                studies.add(new SampleStudy(s.studyInstanceUid(), s.kind().studyDescription(), s.kind().modality(),
                        List.of(new SampleSeries(s.seriesInstanceUid(), s.kind().modality(), s.kind().seriesDescription(), files))));
            }
            Json.mapper().writeValue(tmp.resolve(MANIFEST).toFile(), studies);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // Another node process on the same data folder finished first: its set is the same bytes.
                if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
                    throw e;
                }
            }
            LOG.info("Generated the demo sample images (seed {}) in {} ({} ms)", seed, dir,
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            deleteTree(tmp);
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

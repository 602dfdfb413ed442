package eu.eucaim.workstation.node.samples;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.node.demo.images.DatasetSamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's sample images, one {@link SampleStore} per dataset in {@code <samples>/v<VERSION>/<dataset id>/}: each
 * dataset's own synthetic studies ({@link DatasetSamples}), made on its first request. A new generator version
 * makes its sets in a new folder, so an older set is never served as a newer one.
 */
public final class DatasetSampleStores implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetSampleStores.class);
    private final Path root;
    private final Map<String, SampleStore> stores = new HashMap<>();
    private boolean closed;

    public DatasetSampleStores(Path samplesRoot) {
        this.root = samplesRoot.resolve("v" + DatasetSamples.VERSION);
    }

    /**
     * Whether the dataset offers samples, and what makes them: a downloadable dataset (access condition DOWNLOAD)
     * whose modalities and body part the generator can make. Datasets that may only be processed on site or
     * remotely offer none, so the preview never suggests a download their access model forbids; the
     * observational-study entry has none either.
     */
    public static Optional<DatasetSamples> samplesOf(Dataset d) {
        if (d.accessConditions() == null || !d.accessConditions().contains(AccessCondition.DOWNLOAD)) {
            return Optional.empty();
        }
        return generatorOf(d);
    }

    /**
     * What makes the dataset's synthetic studies, whatever its access conditions (the node's DICOM store holds
     * images of on-site and remote-processing datasets too, so that their access models can be shown): empty when
     * the generator cannot make its modalities and body part, and for the observational-study entry.
     */
    public static Optional<DatasetSamples> generatorOf(Dataset d) {
        if (d.observationalStudy() || d.modalities() == null || d.bodyParts() == null) {
            return Optional.empty();
        }
        return DatasetSamples.of(
                d.id(), d.modalities(), d.bodyParts(), d.birthSex() == null ? List.of() : d.birthSex());
    }

    /** The store of the dataset's samples, or empty when it has none. */
    public synchronized Optional<SampleStore> of(Dataset d) {
        Optional<DatasetSamples> samples = samplesOf(d);
        if (samples.isEmpty()) {
            return Optional.empty();
        }
        if (closed) {
            throw new IllegalStateException("The node's sample stores are closed");
        }
        return Optional.of(
                stores.computeIfAbsent(d.id(), id -> new SampleStore(root.resolve(folder(id)), samples.get()::write)));
    }

    /**
     * Removes the temporary folders ({@code *.partial-*}) a node stopped during generation left (a {@code kill -9}
     * leaves tens of MB). Called at start. Other nodes may use the same folder (the desktop app's federation, another
     * seed, a node on PostgreSQL) and be making a set right now: a folder is removed only when nobody holds its set's
     * lock ({@link SampleStore#removeIfAbandoned}). Those of the earlier layout ({@code seed-N.partial-*}) are no
     * current node's. A folder that cannot be removed is logged and left for the next start.
     */
    public void removeLeftovers() {
        try {
            for (Path p : partials(root.getParent())) {
                SampleStore.deleteTree(p);
                LOG.info("Removed {}, left by a sample generation of an earlier version", p);
            }
            for (Path p : partials(root)) {
                if (SampleStore.removeIfAbandoned(p)) {
                    LOG.info("Removed {}, left by a sample generation that was interrupted", p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot remove what an interrupted sample generation left in {}: {}", root, e.toString());
        }
    }

    private static List<Path> partials(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> p.getFileName().toString().contains(SampleStore.PARTIAL))
                    .toList();
        }
    }

    /** A dataset id as one folder name: letters, digits, '.', '_', '-' only. */
    static String folder(String datasetId) {
        String f = datasetId.replaceAll("[^A-Za-z0-9._-]", "_");
        return f.isEmpty() || f.startsWith(".") ? "_" + f : f;
    }

    /** Stops every generation still running and waits for it. */
    @Override
    public void close() {
        List<SampleStore> open;
        synchronized (this) {
            closed = true;
            open = new ArrayList<>(stores.values());
        }
        open.forEach(SampleStore::close);
    }
}

package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.common.NamedThreads;
import eu.eucaim.workstation.node.demo.images.DatasetSamples;
import eu.eucaim.workstation.node.demo.images.WrittenSeries;
import eu.eucaim.workstation.node.samples.DatasetSampleStores;
import eu.eucaim.workstation.node.storage.BackgroundStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores and publishes the catalogue datasets' synthetic studies (the sample stores' generator,
 * {@link DatasetSampleStores#generatorOf}, whatever the datasets' access conditions) into the DICOM store, on a
 * background thread once the node listens. Each dataset is recorded as published once all its instances are
 * stored, so a restart generates nothing again; a node stopped half-way finishes the dataset next time (the
 * instances already stored are kept: the sets are deterministic, so they are the same instances).
 *
 * <p>Bounded: at most {@link #DEFAULT_PER_ACCESS_MODEL} datasets per access model (the datasets' set of access
 * conditions), the first by id, so that every model has images to show while a 30-dataset demo node publishes in
 * seconds on a small machine (docs/dicomweb.md has the figures).
 */
public final class DemoPublication implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoPublication.class);
    /** Datasets per access model that get images; measured in docs/dicomweb.md. */
    public static final int DEFAULT_PER_ACCESS_MODEL = 10;

    private final DicomStore store;
    private final List<Dataset> datasets;
    private final int perAccessModel;
    private final BackgroundStep step = new BackgroundStep("the demo images of the DICOM store");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Thread thread;

    public DemoPublication(DicomStore store, List<Dataset> datasets, int perAccessModel) {
        this.store = store;
        this.datasets = List.copyOf(datasets);
        this.perAccessModel = perAccessModel;
    }

    /** What the DICOMweb routes wait for. */
    public BackgroundStep step() {
        return step;
    }

    /**
     * The datasets that get images: per access model (public or not, and the set of access conditions), the first
     * {@code perAccessModel} by id that can have some. Public ones are in, so that any researcher finds images.
     */
    static List<Dataset> chosen(List<Dataset> all, int perAccessModel) {
        Map<List<Object>, List<Dataset>> byModel = new LinkedHashMap<>();
        all.stream()
                .sorted(Comparator.comparing(Dataset::id))
                .filter(d -> DatasetSampleStores.generatorOf(d).isPresent())
                .forEach(d -> {
                    EnumSet<AccessCondition> model =
                            d.accessConditions() == null || d.accessConditions().isEmpty()
                                    ? EnumSet.noneOf(AccessCondition.class)
                                    : EnumSet.copyOf(d.accessConditions());
                    List<Dataset> of = byModel.computeIfAbsent(
                            List.of(d.accessRights() == eu.eucaim.workstation.api.catalogue.AccessRights.PUBLIC, model),
                            k -> new ArrayList<>());
                    if (of.size() < perAccessModel) {
                        of.add(d);
                    }
                });
        return byModel.values().stream().flatMap(List::stream).toList();
    }

    public synchronized void start() {
        if (cancelled.get()) {
            return; // closed before it started: the next start publishes
        }
        thread = NamedThreads.start("eucaim-dicom-demo", () -> {
            try {
                step.run(this::publishAll);
            } catch (RuntimeException e) {
                if (!cancelled.get()) {
                    LOG.error("The node could not publish its demo images: {}", e.getMessage(), e);
                }
            }
        });
    }

    private void publishAll() {
        long started = System.nanoTime();
        int stored = 0;
        int sets = 0;
        for (Dataset d : chosen(datasets, perAccessModel)) {
            if (cancelled.get()) {
                throw new IllegalStateException("The node closed before it published its demo images");
            }
            if (store.demoPublished(d.id(), DatasetSamples.VERSION)) {
                continue;
            }
            stored += publish(d, DatasetSampleStores.generatorOf(d).orElseThrow());
            sets++;
        }
        if (sets > 0) {
            LOG.info(
                    "Published the demo images of {} datasets into the DICOM store ({} instances, {} ms)",
                    sets,
                    stored,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private int publish(Dataset d, DatasetSamples samples) {
        StudyOwner owner = new StudyOwner(d.id(), null);
        Path dir = null;
        try {
            dir = Files.createTempDirectory(store.incoming(), "demo-");
            List<WrittenSeries> written = samples.write(dir, cancelled::get);
            int count = 0;
            for (WrittenSeries s : written) {
                for (Path f : s.files()) {
                    if (cancelled.get()) {
                        throw new IllegalStateException("The node closed before it published " + d.id());
                    }
                    DicomStore.Outcome o = store.store(f, owner, null);
                    if (o instanceof DicomStore.Outcome.Refused r) {
                        throw new IllegalStateException(
                                "The demo image " + f.getFileName() + " of " + d.id() + " was refused: " + r.why());
                    }
                    count++;
                }
            }
            store.markDemoPublished(d.id(), DatasetSamples.VERSION, count);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo images of " + d.id() + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot remove {}: {}", dir, e.toString());
        }
    }

    /** Stops between instances and waits; what is not published yet is published by the next start. */
    @Override
    public void close() {
        cancelled.set(true);
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running == null) {
            step.abandon("The node closed before it published its demo images");
            return;
        }
        try {
            running.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

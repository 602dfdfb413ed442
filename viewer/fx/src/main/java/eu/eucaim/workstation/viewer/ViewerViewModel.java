package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.common.NamedThreads;
import eu.eucaim.workstation.dicom.study.DicomScanner;
import eu.eucaim.workstation.dicom.study.Patient;
import eu.eucaim.workstation.dicom.study.ScanResult;
import eu.eucaim.workstation.dicom.study.Series;
import eu.eucaim.workstation.dicom.study.Study;
import eu.eucaim.workstation.dicom.study.StudyMerge;
import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.browser.Thumbnails;
import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.ProgressiveScan;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.SliceReader;
import eu.eucaim.workstation.viewer.viewport.ViewportViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Viewer tab's state: the series found in what was opened, four viewports (of which the layout shows 1, 2
 * or 4), the active one, the tool, synchronised scrolling and reference lines, and the measurements. Opening
 * scans on {@code io}; decoding, rendering and thumbnails run on their own daemon threads. Call on the UI thread.
 */
public final class ViewerViewModel implements AutoCloseable {
    /** How long a folder scan waits for its first image to be on screen before it reads on regardless. */
    public static final Duration FIRST_IMAGE_HOLD = Duration.ofMillis(200);

    private final Executor io;
    private final Executor ui;
    private final FrameCache cache = FrameCache.defaultSize();
    private final SliceReader reader = new SliceReader();
    private final DecodePool pool = DecodePool.forMachine();
    private final ExecutorService render = Executors.newSingleThreadExecutor(NamedThreads.daemon("viewer-render"));
    private final ExecutorService thumbs = Executors.newSingleThreadExecutor(NamedThreads.daemon("viewer-thumbnails"));
    private final ObservableList<SeriesItem> series = FXCollections.observableArrayList();
    private final List<ViewportViewModel> viewports = new ArrayList<>();
    private final Map<ViewportViewModel, SeriesItem> shown = new HashMap<>();
    private final Map<String, SeriesLoader> loaders = new HashMap<>();
    /** What each open found (a folder scan's latest report); the browser lists their merge. */
    private final Map<Object, ScanResult> opened = new LinkedHashMap<>();

    private final ObjectProperty<ViewportViewModel> active = new SimpleObjectProperty<>();
    private final IntegerProperty rows = new SimpleIntegerProperty(1);
    private final IntegerProperty columns = new SimpleIntegerProperty(1);
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.WINDOW);
    private final BooleanProperty sync = new SimpleBooleanProperty(true);
    private final BooleanProperty referenceLines = new SimpleBooleanProperty(false);
    private final BooleanProperty overlays = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("Open DICOM files, a folder, a zip or a DICOMDIR.");
    private final ObservableList<String> openErrors = FXCollections.observableArrayList();
    private final AnnotationStore annotations = new AnnotationStore();
    private final Thumbnails thumbnails;
    private boolean syncing;
    /** Bumped by {@link #closeStudies}: folder scans still running stop and report nothing more. */
    private long epoch;

    public ViewerViewModel(Executor io, Executor ui) {
        this.io = io;
        this.ui = ui;
        this.thumbnails = new Thumbnails(reader, thumbs, ui);
        for (int i = 0; i < 4; i++) {
            ViewportViewModel vp = new ViewportViewModel(render, ui);
            vp.sliceProperty().addListener((o, a, s) -> synchronise(vp, s));
            viewports.add(vp);
        }
        active.set(viewports.get(0));
    }

    /**
     * Scans {@code paths} (files, folders, zip archives, DICOMDIRs) and lists their series next to those already
     * open; parts of one series (in several zips, or opened one after another) join into one stack. The first new
     * series is shown when no viewport shows anything yet. Completes on the UI thread.
     */
    public CompletableFuture<Void> open(List<Path> paths) {
        if (ProgressiveScan.applies(paths)) {
            return openProgressively(paths);
        }
        busy.set(true);
        status.set("Reading " + describe(paths) + "…");
        long mine = epoch;
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> scan(paths), io)
                .whenCompleteAsync(
                        (results, failure) -> {
                            busy.set(false);
                            if (failure != null) {
                                Throwable t = failure.getCause() != null ? failure.getCause() : failure;
                                status.set("Could not open " + describe(paths) + ": " + t.getMessage());
                            } else if (epoch == mine) {
                                ScanResult merged = StudyMerge.merge(results);
                                opened.put(new Object(), merged);
                                relist(merged, true, new HashSet<>());
                            }
                            done.complete(null);
                        },
                        ui);
        return done;
    }

    /**
     * Folders and lists of files: the browser and the first series appear after the first chunk of headers, and
     * grow (in slice order) with each further chunk; the last update equals a full scan. {@link #closeStudies}
     * stops it.
     */
    private CompletableFuture<Void> openProgressively(List<Path> paths) {
        busy.set(true);
        status.set("Reading " + describe(paths) + "…");
        long mine = epoch;
        Object key = new Object();
        Set<String> owned = new HashSet<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<Void> firstImage = new CompletableFuture<>();
        boolean[] held = {false}; // the listener runs on the scanning thread, one report after another
        CompletableFuture.runAsync(
                        () -> {
                            try {
                                new ProgressiveScan()
                                        .scan(
                                                paths,
                                                (soFar, complete) -> {
                                                    ui.execute(() -> {
                                                        boolean nothingShown = shown.isEmpty();
                                                        if (epoch == mine) {
                                                            opened.put(key, soFar);
                                                            relist(soFar, complete, owned);
                                                            if (!complete) {
                                                                status.set("Reading " + describe(paths) + "… "
                                                                        + soFar.filesSeen() + " files, " + frames(soFar)
                                                                        + " images so far");
                                                            }
                                                        }
                                                        if (nothingShown && !shown.isEmpty()) {
                                                            viewports
                                                                    .get(0)
                                                                    .firstFrame()
                                                                    .whenComplete((v, e) -> firstImage.complete(null));
                                                        } else {
                                                            firstImage.complete(null);
                                                        }
                                                    });
                                                    if (!complete && !held[0]) {
                                                        held[0] = true;
                                                        awaitFirstImage(firstImage);
                                                    }
                                                },
                                                () -> epoch != mine);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        io)
                .whenCompleteAsync(
                        (v, failure) -> {
                            busy.set(false);
                            if (failure != null) {
                                Throwable t = failure.getCause() != null ? failure.getCause() : failure;
                                status.set("Could not open " + describe(paths) + ": " + t.getMessage());
                            }
                            done.complete(null);
                        },
                        ui);
        return done;
    }

    /**
     * The scan reads on only once the first image it showed is on screen (or after {@link #FIRST_IMAGE_HOLD}):
     * on a small machine the rest of the folder's headers would otherwise take the cores from the one decode and
     * render the user is waiting for.
     */
    private static void awaitFirstImage(CompletableFuture<Void> firstImage) {
        try {
            firstImage.get(FIRST_IMAGE_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // shown late or not at all: read on regardless
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Lists the merge of everything opened once {@code latest} (one open's result, or a folder scan's report so
     * far) has changed it. This open's own series ({@code owned}, filled here) stand together in tree order, where
     * the first of them was; a series an earlier open listed keeps its row. A series whose stack is unchanged
     * keeps its row item, thumbnail and loader; one that grew (a further chunk, or parts from another source) gets
     * a new item, and viewports showing it keep their image while n/N changes. When {@code complete}: this open's
     * errors and status line, and thumbnails for its series that changed or have none.
     */
    private void relist(ScanResult latest, boolean complete, Set<String> owned) {
        Map<String, SeriesItem> listed = new HashMap<>();
        series.forEach(s -> listed.put(s.seriesUid(), s));
        Set<String> mine = seriesUids(latest);
        List<SeriesItem> current = new ArrayList<>();
        List<SeriesItem> block = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Patient p : StudyMerge.merge(opened.values()).patients()) {
            for (Study st : p.studies()) {
                for (Series se : st.series()) {
                    if (!mine.contains(se.seriesInstanceUid()) || !seen.add(se.seriesInstanceUid())) {
                        continue; // not this open's, or a UID reused under another patient/study: the first only
                    }
                    SeriesItem item = new SeriesItem(p, st, se);
                    SeriesItem before = listed.get(item.seriesUid());
                    if (before != null && before.frames().equals(item.frames())) {
                        item = before;
                    } else if (before != null) {
                        replace(before, item);
                    }
                    if (before == null || owned.contains(item.seriesUid())) {
                        block.add(item);
                    }
                    current.add(item);
                }
            }
        }
        int at = series.size();
        for (int i = 0; i < series.size(); i++) {
            if (owned.contains(series.get(i).seriesUid())) {
                at = i;
                break;
            }
        }
        series.removeIf(s -> owned.contains(s.seriesUid()));
        series.addAll(Math.min(at, series.size()), block);
        block.forEach(i -> owned.add(i.seriesUid()));
        if (!current.isEmpty() && shown.isEmpty()) {
            show(current.get(0), viewports.get(0));
        }
        if (!complete) {
            return;
        }
        openErrors.addAll(latest.errors().stream().map(e -> e.message()).toList());
        ScanResult own = StudyMerge.merge(List.of(latest));
        int skipped = latest.errors().size();
        status.set(own.seriesCount() + " series, " + frames(own) + " images"
                + (skipped > 0
                        ? "; " + skipped + " files skipped (not DICOM): "
                                + latest.errors().get(0).message()
                        : ""));
        thumbnails.make(current.stream()
                .filter(i ->
                        listed.get(i.seriesUid()) != i || i.thumbnailProperty().get() == null)
                .toList());
    }

    private static List<ScanResult> scan(List<Path> paths) {
        List<ScanResult> out = new ArrayList<>();
        DicomScanner scanner = new DicomScanner();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UncheckedIOException(new IOException(p + " does not exist"));
            }
            try {
                out.add(scanner.scan(p));
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException(p + ": " + e.getMessage(), e));
            }
        }
        return out;
    }

    /** {@code item} takes the place of {@code before}: same row, its loader, and the viewports showing it. */
    private void replace(SeriesItem before, SeriesItem item) {
        item.thumbnailProperty().set(before.thumbnailProperty().get());
        series.set(series.indexOf(before), item);
        SeriesLoader loader = new SeriesLoader(item.frames(), reader, cache, pool);
        loaders.put(item.seriesUid(), loader);
        shown.replaceAll((vp, s) -> {
            if (s == before) {
                vp.update(loader);
                return item;
            }
            return s;
        });
    }

    private static Set<String> seriesUids(ScanResult r) {
        Set<String> out = new HashSet<>();
        r.patients()
                .forEach(p -> p.studies().forEach(st -> st.series().forEach(se -> out.add(se.seriesInstanceUid()))));
        return out;
    }

    private static int frames(ScanResult r) {
        return r.patients().stream()
                .flatMap(p -> p.studies().stream())
                .flatMap(st -> st.series().stream())
                .mapToInt(Series::frames)
                .sum();
    }
    /** Shows {@code item} in {@code viewport} and makes that viewport active. */
    public void show(SeriesItem item, ViewportViewModel viewport) {
        SeriesLoader loader =
                loaders.computeIfAbsent(item.seriesUid(), uid -> new SeriesLoader(item.frames(), reader, cache, pool));
        shown.put(viewport, item);
        active.set(viewport);
        viewport.show(loader, item.modality(), item.title(), 0);
    }

    /** Shows {@code item} in the active viewport. */
    public void show(SeriesItem item) {
        show(item, active.get());
    }

    public SeriesItem shownIn(ViewportViewModel viewport) {
        return shown.get(viewport);
    }

    public void layout(int r, int c) {
        rows.set(r);
        columns.set(c);
        // Fill newly visible viewports with the next series, as Weasis and OHIF do.
        int visible = r * c;
        for (int i = 0; i < visible; i++) {
            ViewportViewModel vp = viewports.get(i);
            if (!shown.containsKey(vp) && !series.isEmpty()) {
                show(series.get(Math.min(series.size() - 1, i)), vp);
            }
        }
        if (viewports.indexOf(active.get()) >= visible) {
            active.set(viewports.get(0));
        }
    }

    /**
     * Scrolling the active viewport moves the others that show the same Frame of Reference with parallel slices
     * to the slice nearest in position along the normal.
     */
    private void synchronise(ViewportViewModel source, Slice s) {
        if (!sync.get() || syncing || source != active.get() || s == null || s.geometry() == null) {
            return;
        }
        SeriesItem from = shown.get(source);
        int i = source.indexProperty().get();
        if (from == null || i < 0 || Double.isNaN(from.position(i)) || from.normal() == null) {
            return;
        }
        double pos = from.position(i);
        double[] n = from.normal();
        syncing = true;
        try {
            for (ViewportViewModel other : viewports) {
                SeriesItem to = shown.get(other);
                Slice current = other.sliceProperty().get();
                if (other == source
                        || to == null
                        || to == from
                        || current == null
                        || current.geometry() == null
                        || !s.geometry()
                                .frameOfReference()
                                .equals(current.geometry().frameOfReference())
                        || s.geometry().frameOfReference().isEmpty()
                        || to.normal() == null
                        || Math.abs(dot(n, to.normal())) < 0.99) {
                    continue;
                }
                double sign = Math.signum(dot(n, to.normal()));
                int best = -1;
                double bestDist = Double.POSITIVE_INFINITY;
                for (int k = 0; k < to.imageCount(); k++) {
                    double d = Math.abs(to.position(k) * sign - pos);
                    if (d < bestDist) {
                        bestDist = d;
                        best = k;
                    }
                }
                if (best >= 0) {
                    other.setIndex(best);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    /**
     * Writes a viewport picture as PNG on the background executor; the status says where, or why not. Pixels
     * are read here (UI thread), the file is written off it.
     */
    public CompletableFuture<Void> savePng(javafx.scene.image.Image image, Path file) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return CompletableFuture.runAsync(
                        () -> {
                            java.awt.image.BufferedImage img =
                                    new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
                            img.setRGB(0, 0, w, h, argb, 0, w);
                            try {
                                Path tmp = file.resolveSibling(file.getFileName() + ".part");
                                javax.imageio.ImageIO.write(img, "png", tmp.toFile());
                                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        io)
                .whenCompleteAsync(
                        (v, failure) -> status.set(
                                failure == null
                                        ? "Saved " + file
                                        : "Could not save " + file + ": "
                                                + (failure.getCause() != null ? failure.getCause() : failure)
                                                        .getMessage()),
                        ui);
    }

    /** Forgets every series, measurement and cached image. */
    public void closeStudies() {
        epoch++;
        for (ViewportViewModel vp : viewports) {
            vp.show(null, "", "", 0);
        }
        shown.clear();
        loaders.clear();
        opened.clear();
        series.clear();
        openErrors.clear();
        annotations.clear();
        cache.clear();
        status.set("Open DICOM files, a folder, a zip or a DICOMDIR.");
    }

    private static String describe(List<Path> paths) {
        return paths.size() == 1 ? paths.get(0).toString() : paths.size() + " items";
    }

    public ObservableList<SeriesItem> series() {
        return series;
    }

    public List<ViewportViewModel> viewports() {
        return viewports;
    }

    public ObjectProperty<ViewportViewModel> activeProperty() {
        return active;
    }

    public ViewportViewModel active() {
        return active.get();
    }

    public IntegerProperty rowsProperty() {
        return rows;
    }

    public IntegerProperty columnsProperty() {
        return columns;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    public BooleanProperty syncProperty() {
        return sync;
    }

    public BooleanProperty referenceLinesProperty() {
        return referenceLines;
    }

    public BooleanProperty overlaysProperty() {
        return overlays;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObservableList<String> openErrors() {
        return openErrors;
    }

    public AnnotationStore annotations() {
        return annotations;
    }

    public FrameCache cache() {
        return cache;
    }

    @Override
    public void close() {
        pool.close();
        render.shutdownNow();
        thumbs.shutdownNow();
    }
}

package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.common.NamedThreads;
import eu.eucaim.workstation.dicom.source.InstanceFetcher;
import eu.eucaim.workstation.dicom.source.InstanceReader;
import eu.eucaim.workstation.dicom.source.LocalFile;
import eu.eucaim.workstation.dicom.study.ScanResult;
import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.browser.Thumbnails;
import eu.eucaim.workstation.viewer.engine.Annotation;
import eu.eucaim.workstation.viewer.engine.ArgbImage;
import eu.eucaim.workstation.viewer.engine.DecodePool;
import eu.eucaim.workstation.viewer.engine.FrameCache;
import eu.eucaim.workstation.viewer.engine.FrameRef;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.SliceReader;
import eu.eucaim.workstation.viewer.viewport.AnnotationStore;
import eu.eucaim.workstation.viewer.viewport.Tool;
import eu.eucaim.workstation.viewer.viewport.ViewportViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Viewer tab's state and commands: the series found in what was opened ({@link SeriesList}, filled by a
 * {@link StudyOpener}), four viewports of which the {@link ViewportLayout} shows 1, 2 or 4, which series each shows,
 * the active one, the tool, synchronised scrolling ({@link ScrollSync}), reference lines, cine, the measurements
 * and PNG export. Opening scans on {@code io}; decoding, rendering and thumbnails run on their own daemon threads.
 * Call on the UI thread.
 */
public final class ViewerViewModel implements AutoCloseable {
    /** How long a folder scan waits for its first image to be on screen before it reads on regardless. */
    public static final Duration FIRST_IMAGE_HOLD = Duration.ofMillis(200);

    private static final String WELCOME = "Open DICOM files, a folder, a zip or a DICOMDIR.";

    private final Executor io;
    private final Executor ui;
    private final FrameCache cache = FrameCache.defaultSize();
    private final SliceReader reader;
    private final DecodePool pool = DecodePool.forMachine();
    private final ExecutorService render = Executors.newSingleThreadExecutor(NamedThreads.daemon("viewer-render"));
    private final ExecutorService thumbs = Executors.newSingleThreadExecutor(NamedThreads.daemon("viewer-thumbnails"));
    private final List<ViewportViewModel> viewports = new ArrayList<>();
    private final Map<ViewportViewModel, SeriesItem> shown = new HashMap<>();
    private final Map<String, SeriesLoader> loaders = new HashMap<>();
    private final SeriesList series;
    private final StudyOpener opener;
    private final ViewportLayout layout = new ViewportLayout();
    private final ScrollSync sync;
    private final Cine cine;

    private final ObjectProperty<ViewportViewModel> active = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Slice> activeSlice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ObservableList<Annotation>> measurementsOnScreen =
            new ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.WINDOW);
    private final BooleanProperty referenceLines = new SimpleBooleanProperty(false);
    private final BooleanProperty overlays = new SimpleBooleanProperty(true);
    private final StringProperty status = new SimpleStringProperty(WELCOME);
    private final AnnotationStore annotations = new AnnotationStore();
    /** Told when every series is closed (what opens series from elsewhere stops too). */
    private final List<Runnable> onClosed = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The file the last {@link #open(List, Path)} is to show, until its series is listed. */
    private Path focus;

    public ViewerViewModel(Executor io, Executor ui) {
        this(io, ui, null);
    }

    /**
     * A viewer that also reads remote instances, through {@code fetcher} (called on decode threads; e.g. DICOMweb
     * WADO-RS through the offline library); null for local files only.
     */
    public ViewerViewModel(Executor io, Executor ui, InstanceFetcher fetcher) {
        this.io = io;
        this.ui = ui;
        this.reader = new SliceReader(new InstanceReader(fetcher));
        this.series = new SeriesList(new Thumbnails(reader, thumbs, ui), this::replaced);
        this.opener = new StudyOpener(io, ui, new OpenListener());
        for (int i = 0; i < 4; i++) {
            ViewportViewModel vp = new ViewportViewModel(render, ui);
            vp.sliceProperty().addListener((o, a, s) -> {
                if (vp == active.get()) {
                    activeSlice.set(s);
                }
            });
            viewports.add(vp);
        }
        this.sync = new ScrollSync(viewports, this::shownIn, active::get);
        this.cine = new Cine(active::get);
        active.addListener((o, a, vp) ->
                activeSlice.set(vp == null ? null : vp.sliceProperty().get()));
        activeSlice.addListener((o, a, s) -> refreshMeasurements());
        annotations.versionProperty().addListener((o, a, b) -> refreshMeasurements());
        active.set(viewports.get(0));
    }

    /**
     * Scans {@code paths} (files, folders, zip archives, DICOMDIRs) and lists their series next to those already
     * open; parts of one series (in several zips, or opened one after another) join into one stack. Folders and
     * files show their first series after a first chunk of headers. The first new series is shown when no viewport
     * shows anything yet. Completes on the UI thread.
     */
    public CompletableFuture<Void> open(List<Path> paths) {
        return opener.open(paths);
    }

    /**
     * Opens {@code paths} as {@link #open(List)} does, then shows the series holding {@code focus} on that image
     * (e.g. the slice with the finding) in the first viewport, as soon as the scan has found it.
     */
    public CompletableFuture<Void> open(List<Path> paths, Path focus) {
        this.focus = focus == null ? null : focus.toAbsolutePath().normalize();
        return opener.open(paths);
    }

    /**
     * Lists the series of a tree read elsewhere (the headers of a remote series, from WADO-RS metadata) next to
     * those open, and shows the first of them from the image nearest its middle: the one a reader looks at first,
     * whose neighbours are fetched next, outward. On the UI thread.
     */
    public void openTree(ScanResult tree, String what) {
        List<SeriesItem> found = series.relist(new Object(), tree, true);
        if (!found.isEmpty()) {
            SeriesItem first = found.get(0);
            fill(active.get(), first, first.frames().size() / 2);
        }
        status.set(what + ": " + SeriesList.summary(tree));
    }

    /** Shows the series holding the pending focus file on it, once listed; true when it did. */
    private boolean showFocus() {
        if (focus == null) {
            return false;
        }
        for (SeriesItem item : series.items()) {
            List<FrameRef> frames = item.frames();
            for (int i = 0; i < frames.size(); i++) {
                if (focus.equals(localPath(frames.get(i)))) {
                    focus = null;
                    fill(viewports.get(0), item, i);
                    active.set(viewports.get(0));
                    return true;
                }
            }
        }
        return false;
    }

    private static Path localPath(FrameRef frame) {
        return frame.source() instanceof LocalFile f ? f.path().toAbsolutePath().normalize() : null;
    }

    /** The reports of the {@link StudyOpener}: list, show the first series, say what was found. */
    private final class OpenListener implements StudyOpener.Listener {
        @Override
        public CompletableFuture<Void> found(Object open, ScanResult soFar, boolean complete) {
            boolean nothingShown = shown.isEmpty();
            List<SeriesItem> found = series.relist(open, soFar, complete);
            if (!showFocus() && !found.isEmpty() && shown.isEmpty()) {
                show(found.get(0), viewports.get(0));
            }
            if (complete) {
                focus = null; // not among what was opened
            }
            if (complete) {
                status.set(SeriesList.summary(soFar));
            }
            return nothingShown && !shown.isEmpty()
                    ? viewports.get(0).firstFrame()
                    : CompletableFuture.completedFuture(null);
        }

        @Override
        public void status(String text) {
            status.set(text);
        }
    }

    /** {@code item} took the row of {@code before} (its stack grew): its loader, and the viewports showing it. */
    private void replaced(SeriesItem before, SeriesItem item) {
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

    /** Shows {@code item} in {@code viewport} and makes that viewport active. */
    public void show(SeriesItem item, ViewportViewModel viewport) {
        fill(viewport, item);
        active.set(viewport);
    }

    /** Shows {@code item} in {@code viewport}, leaving the active viewport as it is. */
    private void fill(ViewportViewModel viewport, SeriesItem item) {
        fill(viewport, item, 0);
    }

    private void fill(ViewportViewModel viewport, SeriesItem item, int start) {
        SeriesLoader loader =
                loaders.computeIfAbsent(item.seriesUid(), uid -> new SeriesLoader(item.frames(), reader, cache, pool));
        SeriesItem before = shown.put(viewport, item);
        viewport.show(loader, item.modality(), start);
        if (before != null && before != item && !shown.containsValue(before)) {
            SeriesLoader left = loaders.get(before.seriesUid());
            if (left != null) {
                left.stopPrefetch(); // no viewport shows it: what it still had queued (remote fetches) is not needed
            }
        }
    }

    /** Shows the series with UID {@code seriesUid} (e.g. dropped on a viewport); false when none is listed. */
    public boolean show(String seriesUid, ViewportViewModel viewport) {
        for (SeriesItem item : series.items()) {
            if (item.seriesUid().equals(seriesUid)) {
                show(item, viewport);
                return true;
            }
        }
        return false;
    }

    /** Shows {@code item} in the active viewport. */
    public void show(SeriesItem item) {
        show(item, active.get());
    }

    /** The series {@code viewport} shows, or null. */
    public SeriesItem shownIn(ViewportViewModel viewport) {
        return shown.get(viewport);
    }

    /**
     * Lays the viewports out in {@code rows} × {@code columns} (1 or 2 each); newly visible empty viewports get the
     * next series, as Weasis and OHIF fill a layout. A hidden active viewport hands over to the first.
     */
    public void layout(int rows, int columns) {
        layout.set(rows, columns);
        int visible = layout.visible();
        for (int i = 0; i < visible; i++) {
            ViewportViewModel vp = viewports.get(i);
            if (!shown.containsKey(vp) && !series.items().isEmpty()) {
                // The newly visible viewports fill up; the one the user works in stays active.
                fill(
                        vp,
                        series.items()
                                .get(ViewportLayout.seriesFor(i, series.items().size())));
            }
        }
        if (viewports.indexOf(active.get()) >= visible) {
            active.set(viewports.get(0));
        }
    }

    /** What {@code viewport} draws its reference line from: the active image, when reference lines are on. */
    public Slice referenceSliceFor(ViewportViewModel viewport) {
        ViewportViewModel a = active.get();
        return referenceLines.get() && a != null && a != viewport
                ? a.sliceProperty().get()
                : null;
    }

    /** Deletes {@code measurement} from the image on screen in the active viewport. */
    public void deleteMeasurement(Annotation measurement) {
        Slice s = activeSlice.get();
        if (measurement != null && s != null) {
            annotations.of(s.ref()).remove(measurement);
        }
    }

    /** Deletes the measurement drawn last on the image on screen in the active viewport (Delete key). */
    public void deleteLastMeasurement() {
        Slice s = activeSlice.get();
        if (s != null) {
            ObservableList<Annotation> list = annotations.of(s.ref());
            if (!list.isEmpty()) {
                list.remove(list.size() - 1);
            }
        }
    }

    private void refreshMeasurements() {
        Slice s = activeSlice.get();
        measurementsOnScreen.set(s == null ? FXCollections.observableArrayList() : annotations.of(s.ref()));
    }

    /**
     * Writes a picture (e.g. of the active viewport, taken by the view) as a PNG on the background executor; the
     * status says where, or why not.
     */
    public CompletableFuture<Void> savePng(ArgbImage picture, Path file) {
        return CompletableFuture.runAsync(
                        () -> {
                            try {
                                PngWriter.write(picture, file);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        io)
                .whenCompleteAsync(
                        (v, failure) -> status.set(
                                failure == null
                                        ? "Saved " + file
                                        : "Could not save " + file + ": " + Failures.message(failure)),
                        ui);
    }

    /** Forgets every series, measurement and cached image, and stops scans still running. */
    public void closeStudies() {
        opener.cancel();
        cine.stop();
        for (ViewportViewModel vp : viewports) {
            vp.show(null, "", 0);
        }
        shown.clear();
        loaders.clear();
        series.clear();
        annotations.clear();
        cache.clear();
        status.set(WELCOME);
        onClosed.forEach(Runnable::run);
    }

    /** {@code then} runs (on the UI thread) each time {@link #closeStudies} has closed every series. */
    public void whenStudiesClosed(Runnable then) {
        onClosed.add(java.util.Objects.requireNonNull(then, "then"));
    }

    public ObservableList<SeriesItem> series() {
        return series.items();
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

    /** The image on screen in the active viewport. */
    public ReadOnlyObjectProperty<Slice> activeSliceProperty() {
        return activeSlice.getReadOnlyProperty();
    }

    /** The measurements of the image on screen in the active viewport. */
    public ReadOnlyObjectProperty<ObservableList<Annotation>> measurementsOnScreenProperty() {
        return measurementsOnScreen.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty rowsProperty() {
        return layout.rowsProperty();
    }

    public ReadOnlyIntegerProperty columnsProperty() {
        return layout.columnsProperty();
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    public BooleanProperty syncProperty() {
        return sync.enabledProperty();
    }

    public BooleanProperty referenceLinesProperty() {
        return referenceLines;
    }

    public BooleanProperty overlaysProperty() {
        return overlays;
    }

    public Cine cine() {
        return cine;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return opener.busyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    public AnnotationStore annotations() {
        return annotations;
    }

    /** Whether the decoders have had nothing to do for the last {@code millis} ({@link DecodePool#quietFor}). */
    public boolean decodersQuietFor(long millis) {
        return pool.quietFor(millis);
    }

    @Override
    public void close() {
        cine.stop();
        pool.close();
        render.shutdownNow();
        thumbs.shutdownNow();
    }
}

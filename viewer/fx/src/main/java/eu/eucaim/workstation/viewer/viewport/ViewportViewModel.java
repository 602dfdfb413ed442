package eu.eucaim.workstation.viewer.viewport;

import eu.eucaim.workstation.viewer.engine.FrameRef;
import eu.eucaim.workstation.viewer.engine.Interpolation;
import eu.eucaim.workstation.viewer.engine.SeriesLoader;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import eu.eucaim.workstation.viewer.engine.WindowLevel;
import eu.eucaim.workstation.viewer.engine.WindowPreset;
import eu.eucaim.workstation.viewer.engine.Windows;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One viewport: which series and slice it shows and how (window, zoom, pan, rotation, flip, invert,
 * interpolation), and the commands that change it. Decoding happens on the decode pool; frames are made by a
 * {@link RenderScheduler} on {@code render} and come back on {@code ui}. The slice on screen is pinned in the
 * cache. Call every method on the UI thread.
 */
public final class ViewportViewModel {
    /** Zoom limits: 1/20 to 40 viewport pixels per image pixel. */
    static final double MIN_ZOOM = 0.05;

    static final double MAX_ZOOM = 40;

    private final Executor ui;
    private final RenderScheduler frames;
    private SeriesLoader loader;
    private final StringProperty modality = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<Slice> slice = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<WindowLevel> window = new SimpleObjectProperty<>();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final DoubleProperty panX = new SimpleDoubleProperty();
    private final DoubleProperty panY = new SimpleDoubleProperty();
    private final IntegerProperty rotation = new SimpleIntegerProperty();
    private final BooleanProperty flipH = new SimpleBooleanProperty();
    private final BooleanProperty invert = new SimpleBooleanProperty();
    private final BooleanProperty fit = new SimpleBooleanProperty(true);
    private final ObjectProperty<Interpolation> interpolation = new SimpleObjectProperty<>(Interpolation.BILINEAR);
    private final StringProperty presetName = new SimpleStringProperty("");
    private int viewWidth;
    private int viewHeight;
    /**
     * A series' first image goes first: its neighbours are prefetched only once it is on screen (or failed), so on
     * a small machine the prefetch does not take the cores from the one decode and render the user waits for.
     */
    private boolean prefetchOnFirstFrame;

    private CompletableFuture<Void> firstFrame = CompletableFuture.completedFuture(null);

    public ViewportViewModel(Executor render, Executor ui) {
        this.ui = ui;
        this.frames = new RenderScheduler(render, ui, new State(), this::firstFrameShown);
        Runnable rerender = frames::request;
        window.addListener((o, a, b) -> rerender.run());
        zoom.addListener((o, a, b) -> rerender.run());
        panX.addListener((o, a, b) -> rerender.run());
        panY.addListener((o, a, b) -> rerender.run());
        rotation.addListener((o, a, b) -> {
            refit();
            rerender.run();
        });
        flipH.addListener((o, a, b) -> rerender.run());
        invert.addListener((o, a, b) -> rerender.run());
        interpolation.addListener((o, a, b) -> rerender.run());
    }

    /** Shows {@code series} from its first slice (or {@code start}), with its own window and fitted. */
    public void show(SeriesLoader series, String seriesModality, int start) {
        if (loader != null) {
            loader.unpin(this); // one cache for all series: the pin goes with the image on screen
        }
        loader = series;
        modality.set(seriesModality == null ? "" : seriesModality);
        count.set(series == null ? 0 : series.size());
        slice.set(null);
        window.set(null);
        presetName.set("");
        rotation.set(0);
        flipH.set(false);
        invert.set(false);
        panX.set(0);
        panY.set(0);
        fit.set(true);
        index.set(-1);
        firstFrame.complete(null); // the series it waited for is no longer shown
        firstFrame = new CompletableFuture<>();
        if (series != null && series.size() > 0) {
            prefetchOnFirstFrame = true;
            setIndex(Math.max(0, Math.min(start, series.size() - 1)));
        } else {
            prefetchOnFirstFrame = false;
            frames.clear();
            firstFrame.complete(null);
        }
    }

    /**
     * Completes when the series last shown has its first frame on screen: its image, or its error message, or
     * nothing to wait for (no series, or a viewport not laid out yet). Call on the UI thread.
     */
    public CompletableFuture<Void> firstFrame() {
        return firstFrame;
    }

    private void firstFrameShown() {
        if (prefetchOnFirstFrame) {
            prefetchOnFirstFrame = false;
            if (loader != null && index.get() >= 0 && index.get() < loader.size()) {
                loader.prefetch(index.get());
            }
        }
        firstFrame.complete(null);
    }

    /** Which slices of the series shown are decoded and ready now (the stack bar's arrival strip). */
    public java.util.BitSet ready() {
        SeriesLoader l = loader;
        java.util.BitSet out = new java.util.BitSet();
        if (l != null) {
            for (int i = 0; i < l.size(); i++) {
                if (l.ready(i)) {
                    out.set(i);
                }
            }
        }
        return out;
    }

    public void setIndex(int i) {
        SeriesLoader l = loader;
        if (l == null || l.size() == 0) {
            return;
        }
        int target = Math.max(0, Math.min(i, l.size() - 1));
        if (target == index.get() && slice.get() != null) {
            return;
        }
        index.set(target);
        l.pin(this, target);
        Slice cached = l.cached(target);
        if (cached != null) {
            arrive(cached);
        } else {
            l.load(target)
                    .whenCompleteAsync(
                            (s, failure) -> {
                                if (failure != null) {
                                    firstFrameShown(); // nothing to show: let the prefetch and a waiting scan go on
                                } else if (s.ref().equals(currentRef())) { // by frame: the stack may have grown
                                    arrive(s);
                                }
                            },
                            ui);
        }
        if (!prefetchOnFirstFrame) {
            l.prefetch(target);
        }
    }

    private FrameRef currentRef() {
        int i = index.get();
        return loader == null || i < 0 || i >= loader.size() ? null : loader.ref(i);
    }

    /**
     * The series shown grew or was re-sorted while its folder is still being scanned: keeps the image on screen
     * and everything about how it is shown, only its number n/N changes.
     */
    public void update(SeriesLoader grown) {
        FrameRef current = currentRef();
        loader = grown;
        count.set(grown.size());
        int i = current == null ? -1 : grown.frames().indexOf(current);
        if (i < 0) {
            index.set(-1);
            setIndex(0);
            return;
        }
        index.set(i);
        grown.pin(this, i);
        if (!prefetchOnFirstFrame) {
            grown.prefetch(i);
        }
        frames.request(); // the overlay's n/N
    }

    /** Moves by {@code delta} slices, stopping at the ends. */
    public void scroll(int delta) {
        if (loader != null) {
            setIndex(index.get() + delta);
        }
    }

    /** A tenth of the stack (at least one slice) forward ({@code direction} 1) or back (-1). */
    public void page(int direction) {
        scroll(Integer.signum(direction) * Math.max(1, count.get() / 10));
    }

    /** The next slice, from the last back to the first (cine). */
    public void next() {
        int n = count.get();
        if (n > 1) {
            setIndex((index.get() + 1) % n);
        }
    }

    private void arrive(Slice s) {
        boolean first = slice.get() == null;
        slice.set(s);
        if (first) {
            refit();
        }
        if (s.ok() && window.get() == null) {
            window.set(Windows.initial(s));
        }
        frames.request();
    }

    /** The viewport was resized. */
    public void resize(int width, int height) {
        viewWidth = Math.max(1, width);
        viewHeight = Math.max(1, height);
        refit();
        frames.request();
    }

    private void refit() {
        Slice s = slice.get();
        if (fit.get() && s != null && s.ok()) {
            zoom.set(ViewTransform.fitZoom(
                    s.pixels().width(), s.pixels().height(), viewWidth, viewHeight, rotation.get(), s.pixelAspect()));
            panX.set(0);
            panY.set(0);
        }
    }

    public void fit() {
        fit.set(true);
        refit();
    }

    public void oneToOne() {
        fit.set(false);
        zoom.set(1);
        panX.set(0);
        panY.set(0);
    }

    /** Zooms by {@code factor} keeping the image point under (vx, vy) where it is. */
    public void zoomBy(double factor, double vx, double vy) {
        double z0 = zoom.get();
        double z1 = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z0 * factor));
        double cx = vx - viewWidth / 2.0;
        double cy = vy - viewHeight / 2.0;
        double k = z1 / z0;
        fit.set(false);
        panX.set(cx - (cx - panX.get()) * k);
        panY.set(cy - (cy - panY.get()) * k);
        zoom.set(z1);
    }

    public void panBy(double dx, double dy) {
        fit.set(false);
        panX.set(panX.get() + dx);
        panY.set(panY.get() + dy);
    }

    /** A window drag of (dx, dy) mouse pixels. */
    public void dragWindow(double dx, double dy) {
        Slice s = slice.get();
        if (s == null || !s.ok() || window.get() == null || s.pixels().colour()) {
            return;
        }
        presetName.set("");
        window.set(window.get().drag(dx, dy, Windows.dragSensitivity(s)));
    }

    /** Key 1: the image's own window; keys 2..9: the modality's presets (CT brain, subdural, …). */
    public void preset(int key) {
        Slice s = slice.get();
        if (s == null || !s.ok()) {
            return;
        }
        if (key == 1) {
            presetName.set("");
            window.set(Windows.initial(s));
            return;
        }
        List<WindowPreset> presets = WindowPreset.forModality(modality.get());
        if (key - 2 >= 0 && key - 2 < presets.size()) {
            WindowPreset p = presets.get(key - 2);
            presetName.set(p.name());
            window.set(p.window());
        } else if (key == 2 && presets.isEmpty()) {
            presetName.set("Full range");
            window.set(Windows.fullRange(s));
        }
    }

    public void rotateClockwise() {
        rotation.set((rotation.get() + 1) % 4);
    }

    public void flipHorizontal() {
        flipH.set(!flipH.get());
    }

    /** Up-down mirror = left-right mirror turned half a turn. */
    public void flipVertical() {
        flipH.set(!flipH.get());
        rotation.set((rotation.get() + 2) % 4);
    }

    public void toggleInvert() {
        invert.set(!invert.get());
    }

    /** Bilinear ↔ nearest neighbour. */
    public void toggleInterpolation() {
        interpolation.set(
                interpolation.get() == Interpolation.BILINEAR ? Interpolation.NEAREST : Interpolation.BILINEAR);
    }

    /** The transform for the current state, or null before an image is there. */
    public ViewTransform transform() {
        Slice s = slice.get();
        if (s == null || !s.ok() || viewWidth <= 0) {
            return null;
        }
        return new ViewTransform(
                s.pixels().width(),
                s.pixels().height(),
                viewWidth,
                viewHeight,
                zoom.get(),
                panX.get(),
                panY.get(),
                rotation.get(),
                flipH.get(),
                s.pixelAspect());
    }

    public ReadOnlyObjectProperty<RenderedFrame> frameProperty() {
        return frames.frameProperty();
    }

    public ReadOnlyObjectProperty<Slice> sliceProperty() {
        return slice.getReadOnlyProperty();
    }

    /** The slice shown, 0-based (-1 for none); {@link #setIndex} moves it. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WindowLevel> windowProperty() {
        return window;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ObjectProperty<Interpolation> interpolationProperty() {
        return interpolation;
    }

    public StringProperty modalityProperty() {
        return modality;
    }

    public StringProperty presetNameProperty() {
        return presetName;
    }

    public int viewWidth() {
        return viewWidth;
    }

    public int viewHeight() {
        return viewHeight;
    }

    /** What the render scheduler reads, as it is when a render starts. */
    private final class State implements RenderScheduler.State {
        @Override
        public Slice slice() {
            return slice.get();
        }

        @Override
        public ViewTransform transform() {
            return ViewportViewModel.this.transform();
        }

        @Override
        public WindowLevel window() {
            return window.get();
        }

        @Override
        public boolean invert() {
            return invert.get();
        }

        @Override
        public Interpolation interpolation() {
            return interpolation.get();
        }

        @Override
        public int index() {
            return index.get();
        }

        @Override
        public int viewWidth() {
            return viewWidth;
        }

        @Override
        public int viewHeight() {
            return viewHeight;
        }
    }
}

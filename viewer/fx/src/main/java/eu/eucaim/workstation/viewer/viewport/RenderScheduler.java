package eu.eucaim.workstation.viewer.viewport;

import eu.eucaim.workstation.viewer.engine.GrayLut;
import eu.eucaim.workstation.viewer.engine.Interpolation;
import eu.eucaim.workstation.viewer.engine.Renderer;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import eu.eucaim.workstation.viewer.engine.WindowLevel;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Makes a viewport's frames: renders on {@code render}, publishes on {@code ui}. Renders are coalesced: while one
 * is in flight, further requests only mark it stale, and the next render reads the state as it is then, so a fast
 * window drag never queues up frames. Keeps the last grayscale table while slice, window and invert stay the same,
 * and two output buffers used in turn. Call on the UI thread.
 */
final class RenderScheduler {
    /** The viewport's state, read when a render starts. */
    interface State {
        Slice slice();

        /** Null before the viewport is laid out or without an image. */
        ViewTransform transform();

        WindowLevel window();

        boolean invert();

        Interpolation interpolation();

        int index();

        int viewWidth();

        int viewHeight();
    }

    private final Executor render;
    private final Executor ui;
    private final State state;
    /** Told when the slice of the state is on screen (its image, its error) or has nowhere to be drawn yet. */
    private final Runnable shown;

    private final ReadOnlyObjectWrapper<RenderedFrame> frame = new ReadOnlyObjectWrapper<>();
    private boolean rendering;
    private boolean stale;
    private Slice lastSlice;
    private WindowLevel lastWindow;
    private boolean lastInvert;
    private GrayLut lastLut;
    /** The FX thread copies a frame into its PixelBuffer before the next-but-one render reuses its buffer. */
    private final int[][] buffers = new int[2][];

    private int nextBuffer;

    RenderScheduler(Executor render, Executor ui, State state, Runnable shown) {
        this.render = render;
        this.ui = ui;
        this.state = state;
        this.shown = shown;
    }

    ReadOnlyObjectProperty<RenderedFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** Nothing to show (no series). */
    void clear() {
        frame.set(null);
    }

    /** Asks for a new frame; coalesced with one in flight. */
    void request() {
        if (rendering) {
            stale = true;
            return;
        }
        Slice s = state.slice();
        ViewTransform t = state.transform();
        WindowLevel wl = state.window();
        if (s == null || !s.ok() || t == null || wl == null) {
            if (s != null && !s.ok()) {
                frame.set(new RenderedFrame(
                        null, state.viewWidth(), state.viewHeight(), s, state.index(), null, null, 0));
                shown.run();
            } else if (s != null && t == null) {
                shown.run(); // not laid out yet: nothing to draw, nothing to wait for
            }
            return;
        }
        rendering = true;
        stale = false;
        boolean inv = state.invert();
        Interpolation interp = state.interpolation();
        int i = state.index();
        int size = t.viewWidth() * t.viewHeight();
        if (buffers[nextBuffer] == null || buffers[nextBuffer].length != size) {
            buffers[nextBuffer] = new int[size];
        }
        int[] out = buffers[nextBuffer];
        nextBuffer ^= 1;
        GrayLut cachedLut = s == lastSlice && wl.equals(lastWindow) && inv == lastInvert ? lastLut : null;
        try {
            render.execute(() -> render(s, t, interp, inv, wl, i, out, cachedLut));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            rendering = false; // the viewer is closing (its pool shut down): nothing left to draw
        }
    }

    private void render(
            Slice s,
            ViewTransform t,
            Interpolation interp,
            boolean inv,
            WindowLevel wl,
            int i,
            int[] out,
            GrayLut cachedLut) {
        {
            long t0 = System.nanoTime();
            RenderedFrame result = null;
            GrayLut lut = cachedLut;
            try {
                if (lut == null && !s.pixels().colour()) {
                    lut = GrayLut.of(s.pixels(), s.display(), wl, inv);
                }
                Renderer.render(s.pixels(), lut, t, interp, inv, out);
                result = new RenderedFrame(out, t.viewWidth(), t.viewHeight(), s, i, t, wl, System.nanoTime() - t0);
            } finally {
                RenderedFrame done = result;
                GrayLut madeLut = lut;
                ui.execute(() -> finished(done, s, wl, inv, madeLut));
            }
        }
    }

    private void finished(RenderedFrame done, Slice s, WindowLevel wl, boolean inv, GrayLut lut) {
        rendering = false;
        lastSlice = s;
        lastWindow = wl;
        lastInvert = inv;
        lastLut = lut;
        if (done != null) {
            frame.set(done);
        }
        if (s == state.slice()) { // not a render for the series shown before
            shown.run();
        }
        if (stale) {
            request();
        }
    }
}

package eu.eucaim.workstation.viewer.browser;

import eu.eucaim.workstation.viewer.engine.ArgbImage;
import eu.eucaim.workstation.viewer.engine.GrayLut;
import eu.eucaim.workstation.viewer.engine.Interpolation;
import eu.eucaim.workstation.viewer.engine.Renderer;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.SliceReader;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import eu.eucaim.workstation.viewer.engine.WindowLevel;
import eu.eucaim.workstation.viewer.engine.Windows;
import java.util.List;
import java.util.concurrent.Executor;

/** Makes series thumbnails (the middle image, its own window, fitted) one after another on {@code background}. */
public final class Thumbnails {
    public static final int SIZE = 64;

    private final SliceReader reader;
    private final Executor background;
    private final Executor ui;

    public Thumbnails(SliceReader reader, Executor background, Executor ui) {
        this.reader = reader;
        this.background = background;
        this.ui = ui;
    }

    public void make(List<SeriesItem> items) {
        for (SeriesItem item : items) {
            background.execute(() -> {
                ArgbImage img = thumbnail(reader.read(item.frames().get(item.imageCount() / 2)));
                if (img != null) {
                    ui.execute(() -> item.thumbnailProperty().set(img));
                }
            });
        }
    }

    /** The thumbnail of a slice, or null when it cannot be decoded. */
    public static ArgbImage thumbnail(Slice s) {
        if (!s.ok()) {
            return null;
        }
        int w = s.pixels().width();
        int h = s.pixels().height();
        double aspect = s.pixelAspect();
        ViewTransform t = new ViewTransform(
                w, h, SIZE, SIZE, ViewTransform.fitZoom(w, h, SIZE, SIZE, 0, aspect), 0, 0, 0, false, aspect);
        WindowLevel wl = Windows.initial(s);
        GrayLut lut = s.pixels().colour() ? null : GrayLut.of(s.pixels(), s.display(), wl, false);
        int[] out = new int[SIZE * SIZE];
        Renderer.render(s.pixels(), lut, t, Interpolation.BILINEAR, false, out);
        return new ArgbImage(SIZE, SIZE, out);
    }
}

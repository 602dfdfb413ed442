package eu.eucaim.workstation.viewer.images;

import eu.eucaim.workstation.viewer.engine.ArgbImage;
import java.nio.IntBuffer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Between the view-models' plain pixels and JavaFX images; the view side's only bridge. FX thread. */
public final class FxImages {
    private FxImages() {}

    /** The image of {@code pixels}, or null for none. */
    public static Image toImage(ArgbImage pixels) {
        if (pixels == null) {
            return null;
        }
        WritableImage img = new WritableImage(pixels.width(), pixels.height());
        img.getPixelWriter()
                .setPixels(
                        0,
                        0,
                        pixels.width(),
                        pixels.height(),
                        PixelFormat.getIntArgbInstance(),
                        IntBuffer.wrap(pixels.argb()),
                        pixels.width());
        return img;
    }

    /** The pixels of {@code image} (e.g. a snapshot), whole pixels only. */
    public static ArgbImage toArgb(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new ArgbImage(w, h, argb);
    }
}

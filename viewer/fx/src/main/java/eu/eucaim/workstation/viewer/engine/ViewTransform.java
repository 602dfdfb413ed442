package eu.eucaim.workstation.viewer.engine;

/**
 * How an image sits in a viewport: {@code zoom} viewport pixels per image pixel, the image centre moved by
 * (panX, panY) from the viewport centre, turned by {@code rotation} quarter turns clockwise, mirrored left-right
 * first when {@code flipH}. Rotation is in quarter turns so every viewport row maps to one image row or column,
 * which keeps resampling a table lookup per pixel.
 */
public record ViewTransform(int imageWidth, int imageHeight, int viewWidth, int viewHeight, double zoom, double panX,
                            double panY, int rotation, boolean flipH) {

    public ViewTransform {
        rotation = Math.floorMod(rotation, 4);
        if (!(zoom > 0) || Double.isInfinite(zoom)) {
            throw new IllegalArgumentException("zoom must be positive, got " + zoom);
        }
    }

    /** The zoom that shows the whole image in the viewport. */
    public static double fitZoom(int imageWidth, int imageHeight, int viewWidth, int viewHeight, int rotation) {
        boolean turned = Math.floorMod(rotation, 2) == 1;
        double w = turned ? imageHeight : imageWidth;
        double h = turned ? imageWidth : imageHeight;
        return Math.max(1e-3, Math.min(viewWidth / w, viewHeight / h));
    }

    /** Viewport point → image point (image pixel centres at x + 0.5). */
    public double[] toImage(double vx, double vy) {
        double u = (vx - viewWidth / 2.0 - panX) / zoom;
        double v = (vy - viewHeight / 2.0 - panY) / zoom;
        for (int i = 0; i < rotation; i++) {
            double t = u;
            u = v;
            v = -t;
        }
        if (flipH) {
            u = -u;
        }
        return new double[] {u + imageWidth / 2.0, v + imageHeight / 2.0};
    }

    /** Image point → viewport point. */
    public double[] toView(double ix, double iy) {
        double u = ix - imageWidth / 2.0;
        double v = iy - imageHeight / 2.0;
        if (flipH) {
            u = -u;
        }
        for (int i = 0; i < rotation; i++) {
            double t = u;
            u = -v;
            v = t;
        }
        return new double[] {u * zoom + viewWidth / 2.0 + panX, v * zoom + viewHeight / 2.0 + panY};
    }

    /** True when viewport columns move along image rows (x), false when they move along image columns (y). */
    boolean columnsAlongX() {
        return rotation % 2 == 0;
    }
}

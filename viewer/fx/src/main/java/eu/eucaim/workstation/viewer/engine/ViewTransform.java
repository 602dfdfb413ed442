package eu.eucaim.workstation.viewer.engine;

/**
 * How an image sits in a viewport: {@code zoom} viewport pixels per image column step, a pixel {@code aspect}
 * times as tall as it is wide (row spacing over column spacing, so it shows in its true proportions), the image
 * centre moved by (panX, panY) from the viewport centre, turned by {@code rotation} quarter turns clockwise,
 * mirrored left-right first when {@code flipH}. Rotation is in quarter turns and the aspect only stretches one
 * image axis, so every viewport row still maps to one image row or column, which keeps resampling a table lookup
 * per pixel. Everything that maps screen ↔ image (rendering, measurements, hit tests, overlays) goes through here.
 */
public record ViewTransform(
        int imageWidth,
        int imageHeight,
        int viewWidth,
        int viewHeight,
        double zoom,
        double panX,
        double panY,
        int rotation,
        boolean flipH,
        double aspect) {

    public ViewTransform {
        rotation = Math.floorMod(rotation, 4);
        if (!(zoom > 0) || Double.isInfinite(zoom)) {
            throw new IllegalArgumentException("zoom must be positive, got " + zoom);
        }
        if (!(aspect > 0) || Double.isInfinite(aspect)) {
            throw new IllegalArgumentException("pixel aspect must be positive, got " + aspect);
        }
    }

    /** Square pixels. */
    public ViewTransform(
            int imageWidth,
            int imageHeight,
            int viewWidth,
            int viewHeight,
            double zoom,
            double panX,
            double panY,
            int rotation,
            boolean flipH) {
        this(imageWidth, imageHeight, viewWidth, viewHeight, zoom, panX, panY, rotation, flipH, 1);
    }

    /** The zoom that shows the whole image, {@code aspect} pixels tall per pixel wide, in the viewport. */
    public static double fitZoom(
            int imageWidth, int imageHeight, int viewWidth, int viewHeight, int rotation, double aspect) {
        boolean turned = Math.floorMod(rotation, 2) == 1;
        double w = turned ? imageHeight * aspect : imageWidth;
        double h = turned ? imageWidth : imageHeight * aspect;
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
        return new double[] {u + imageWidth / 2.0, v / aspect + imageHeight / 2.0};
    }

    /** Image point → viewport point. */
    public double[] toView(double ix, double iy) {
        double u = ix - imageWidth / 2.0;
        double v = (iy - imageHeight / 2.0) * aspect;
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

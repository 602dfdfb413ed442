package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.dicom.lut.ModalityTransform;

/**
 * Measurements on a slice in image coordinates (pixel (x, y) covers [x, x+1) × [y, y+1)). Distances and areas
 * are in mm when the slice has a {@link Calibration} (Pixel Spacing, or Imager Pixel Spacing), else in pixels. ROI statistics are over the pixels whose centres
 * lie inside the shape, in modality units (HU for CT); SD is the population SD of those pixels.
 */
public final class Measurements {
    private Measurements() {}

    /** ROI statistics; {@code count} pixels, {@code area} in mm² (or px² without spacing). */
    public record Stats(int count, double mean, double sd, double min, double max, double area, boolean mm) {}

    /** Row and column spacing in mm from the slice's {@link Calibration}, or null (then distances are in pixels). */
    public static double[] spacing(Slice s) {
        Calibration c = Calibration.of(s);
        return c == null ? null : new double[] {c.rowSpacing(), c.columnSpacing()};
    }

    /** Length of the segment, mm (or px). */
    public static double length(Slice s, double x0, double y0, double x1, double y1) {
        double[] sp = spacing(s);
        double dx = (x1 - x0) * (sp != null ? sp[1] : 1);
        double dy = (y1 - y0) * (sp != null ? sp[0] : 1);
        return Math.hypot(dx, dy);
    }

    /** Angle at vertex (bx, by) between the rays to a and c, degrees 0..180, in patient space (spacing applied). */
    public static double angle(Slice s, double ax, double ay, double bx, double by, double cx, double cy) {
        double[] sp = spacing(s);
        double sx = sp != null ? sp[1] : 1;
        double sy = sp != null ? sp[0] : 1;
        double ux = (ax - bx) * sx;
        double uy = (ay - by) * sy;
        double vx = (cx - bx) * sx;
        double vy = (cy - by) * sy;
        double a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
        return Math.toDegrees(Math.abs(a));
    }

    public static Stats rectangle(Slice s, double x0, double y0, double x1, double y1) {
        return stats(s, x0, y0, x1, y1, false);
    }

    public static Stats ellipse(Slice s, double x0, double y0, double x1, double y1) {
        return stats(s, x0, y0, x1, y1, true);
    }

    private static Stats stats(Slice s, double x0, double y0, double x1, double y1, boolean ellipse) {
        Pixels p = s.pixels();
        double left = Math.min(x0, x1);
        double right = Math.max(x0, x1);
        double top = Math.min(y0, y1);
        double bottom = Math.max(y0, y1);
        double cx = (left + right) / 2;
        double cy = (top + bottom) / 2;
        double rx = (right - left) / 2;
        double ry = (bottom - top) / 2;
        double[] sp = spacing(s);
        double area =
                (ellipse ? Math.PI * rx * ry : (right - left) * (bottom - top)) * (sp != null ? sp[0] * sp[1] : 1);
        if (p == null || p.colour()) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, area, sp != null);
        }
        ModalityTransform m = s.display().modality();
        int count = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int ys = Math.max(0, (int) Math.floor(top));
        int ye = Math.min(p.height() - 1, (int) Math.ceil(bottom));
        int xs = Math.max(0, (int) Math.floor(left));
        int xe = Math.min(p.width() - 1, (int) Math.ceil(right));
        double[] values = new double[Math.max(0, (ye - ys + 1) * (xe - xs + 1))];
        for (int y = ys; y <= ye; y++) {
            double py = y + 0.5;
            if (py < top || py > bottom) {
                continue;
            }
            for (int x = xs; x <= xe; x++) {
                double px = x + 0.5;
                if (px < left || px > right) {
                    continue;
                }
                if (ellipse) {
                    double dx = rx > 0 ? (px - cx) / rx : 0;
                    double dy = ry > 0 ? (py - cy) / ry : 0;
                    if (dx * dx + dy * dy > 1) {
                        continue;
                    }
                }
                double v = m.apply(p.stored(x, y));
                values[count++] = v;
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (count == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, area, sp != null);
        }
        double mean = sum / count;
        double squares = 0; // second pass: no cancellation, exact for exact data
        for (int i = 0; i < count; i++) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        return new Stats(count, mean, Math.sqrt(squares / count), min, max, area, sp != null);
    }

    /** The modality value at image point (x, y), or NaN outside the image or for colour. */
    public static double valueAt(Slice s, double x, double y) {
        Pixels p = s.pixels();
        if (p == null || p.colour() || x < 0 || y < 0 || x >= p.width() || y >= p.height()) {
            return Double.NaN;
        }
        return s.display().modality().apply(p.stored((int) x, (int) y));
    }
}

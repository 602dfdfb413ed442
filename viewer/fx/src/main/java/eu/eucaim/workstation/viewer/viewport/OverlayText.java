package eu.eucaim.workstation.viewer.viewport;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.viewer.engine.Annotation;
import eu.eucaim.workstation.viewer.engine.Calibration;
import eu.eucaim.workstation.viewer.engine.Measurements;
import eu.eucaim.workstation.viewer.engine.Orientation;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.SliceGeometry;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import eu.eucaim.workstation.viewer.engine.WindowLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of the four overlay corners, the orientation letters at the edges and the scale bar, computed from
 * a slice and how it is shown. Pure: the view only draws what this returns.
 */
public final class OverlayText {
    private OverlayText() {}

    /** Lines of each corner: top-left, top-right, bottom-left, bottom-right. */
    public record Corners(
            List<String> topLeft, List<String> topRight, List<String> bottomLeft, List<String> bottomRight) {}

    /** Letters for the left, right, top and bottom edges; empty strings without orientation. */
    public record Edges(String left, String right, String top, String bottom) {}

    /** A scale bar {@code pixels} long standing for {@code millimetres}. */
    /** {@code note}: where the length applies when not in the patient (" at detector"), from {@link Calibration}. */
    public record ScaleBar(double pixels, double millimetres, String note) {
        /** "5 cm", "2 mm", "0.5 mm at detector". */
        public String label() {
            String length = millimetres >= 10
                    ? String.format(Locale.ROOT, "%.0f cm", millimetres / 10)
                    : (millimetres == Math.rint(millimetres)
                                    ? String.valueOf((long) millimetres)
                                    : String.valueOf(millimetres))
                            + " mm";
            return length + note;
        }
    }

    public static Corners corners(
            Slice s, int index, int count, WindowLevel wl, String preset, double zoom, String interpolation) {
        Dataset h = s.header();
        List<String> tl = new ArrayList<>();
        List<String> tr = new ArrayList<>();
        List<String> bl = new ArrayList<>();
        List<String> br = new ArrayList<>();
        if (h != null) {
            tl.add(h.getString(0x00100010, "").replace('^', ' ').strip());
            tl.add("ID " + h.getString(0x00100020, ""));
            String birth = date(h.getString(0x00100030, ""));
            String sex = h.getString(0x00100040, "");
            if (!birth.isEmpty() || !sex.isEmpty()) {
                tl.add((birth + " " + sex).strip());
            }
            tr.add(h.getString(0x00081030, ""));
            tr.add((date(h.getString(0x00080020, "")) + " " + time(h.getString(0x00080030, ""))).strip());
            tr.add("Se " + h.getString(0x00200011, "") + " " + h.getString(0x0008103E, ""));
            String institution = h.getString(0x00080080, "");
            if (!institution.isEmpty()) {
                tr.add(institution);
            }
        }
        bl.add("Im " + (index + 1) + "/" + count);
        SliceGeometry g = s.geometry();
        if (g != null) {
            StringBuilder sb = new StringBuilder();
            if (!Double.isNaN(g.sliceLocation())) {
                sb.append(String.format(Locale.ROOT, "Loc %.2f mm", g.sliceLocation()));
            }
            if (!Double.isNaN(g.thickness())) {
                sb.append(sb.length() > 0 ? "  " : "").append(String.format(Locale.ROOT, "Thk %.2f mm", g.thickness()));
            }
            if (sb.length() > 0) {
                bl.add(sb.toString());
            }
        }
        if (s.pixels() != null) {
            bl.add(s.pixels().width() + " × " + s.pixels().height());
        }
        if (wl != null && s.pixels() != null && !s.pixels().colour()) {
            br.add(String.format(
                    Locale.ROOT,
                    "W %.0f  L %.0f%s",
                    wl.width(),
                    wl.center(),
                    preset == null || preset.isEmpty() ? "" : "  (" + preset + ")"));
        }
        br.add(String.format(Locale.ROOT, "Zoom %.0f%%  %s", zoom * 100, interpolation));
        return new Corners(tl, tr, bl, br);
    }

    public static Edges edges(Slice s, ViewTransform t) {
        SliceGeometry g = s.geometry();
        if (g == null || g.orientation() == null || t == null) {
            return new Edges("", "", "", "");
        }
        double[] right = direction(g, t, 1, 0);
        double[] down = direction(g, t, 0, 1);
        return new Edges(
                Orientation.letters(-right[0], -right[1], -right[2]),
                Orientation.letters(right[0], right[1], right[2]),
                Orientation.letters(-down[0], -down[1], -down[2]),
                Orientation.letters(down[0], down[1], down[2]));
    }

    /** The patient direction of a step (dx, dy) on screen (image steps weighted by the pixel's true proportions). */
    private static double[] direction(SliceGeometry g, ViewTransform t, double dx, double dy) {
        double[] a = t.toImage(0, 0);
        double[] b = t.toImage(dx, dy);
        double ix = b[0] - a[0];
        double iy = (b[1] - a[1]) * t.aspect();
        double[] o = g.orientation();
        double[] v = {o[0] * ix + o[3] * iy, o[1] * ix + o[4] * iy, o[2] * ix + o[5] * iy};
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }

    /** A bar of 1, 2 or 5 × 10^k mm, as long as possible up to a quarter of the viewport width; null without spacing. */
    public static ScaleBar scaleBar(Slice s, ViewTransform t) {
        Calibration c = Calibration.of(s);
        if (c == null || t == null) {
            return null;
        }
        // zoom counts viewport pixels per column step, and the transform shows rows in their true proportion
        // (its aspect is row over column spacing), so this holds for horizontal and vertical distances alike.
        double mmPerViewPixel = c.columnSpacing() / t.zoom();
        double maxMm = t.viewWidth() / 4.0 * mmPerViewPixel;
        double best = 0;
        for (double decade = 1e-3; decade <= 1e5; decade *= 10) {
            for (double m : new double[] {1, 2, 5}) {
                if (m * decade <= maxMm) {
                    best = m * decade;
                }
            }
        }
        return best == 0 ? null : new ScaleBar(best / mmPerViewPixel, best, c.note());
    }

    /** "x 12  y 40  value -1000 HU" for the image point under viewport point (vx, vy); empty off the image. */
    public static String cursor(Slice s, ViewTransform t, double vx, double vy) {
        if (s == null || !s.ok() || t == null) {
            return "";
        }
        double[] p = t.toImage(vx, vy);
        double v = Measurements.valueAt(s, p[0], p[1]);
        if (Double.isNaN(v)) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                "x %d  y %d  value %s%s",
                (int) p[0],
                (int) p[1],
                v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v),
                Annotation.units(s));
    }

    private static String date(String da) {
        return da.length() == 8 ? da.substring(0, 4) + "-" + da.substring(4, 6) + "-" + da.substring(6) : da;
    }

    private static String time(String tm) {
        return tm.length() >= 4 ? tm.substring(0, 2) + ":" + tm.substring(2, 4) : tm;
    }
}

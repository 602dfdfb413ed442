package eu.eucaim.workstation.viewer.engine;

/**
 * A measurement drawn on one frame, in image coordinates ({@code points} as x0, y0, x1, y1[, x2, y2]), with the
 * text computed when it was made.
 */
public record Annotation(Kind kind, double[] points, String label) {

    public enum Kind {
        LENGTH,
        ANGLE,
        RECTANGLE,
        ELLIPSE
    }

    /**
     * Measures {@code points} on {@code slice} and labels the result (mm, with where it applies when not in the
     * patient, or px; modality units for ROIs).
     */
    public static Annotation measure(Kind kind, double[] points, Slice slice) {
        double[] p = points.clone();
        Calibration c = Calibration.of(slice);
        String unit = c != null ? "mm" : "px";
        String where = c != null ? c.note() : ""; // " at detector" for a radiograph's Imager Pixel Spacing
        String label = switch (kind) {
            case LENGTH -> String.format("%.1f %s%s", Measurements.length(slice, p[0], p[1], p[2], p[3]), unit, where);
            case ANGLE -> String.format("%.1f°", Measurements.angle(slice, p[0], p[1], p[2], p[3], p[4], p[5]));
            case RECTANGLE -> roi(Measurements.rectangle(slice, p[0], p[1], p[2], p[3]), slice, unit, where);
            case ELLIPSE -> roi(Measurements.ellipse(slice, p[0], p[1], p[2], p[3]), slice, unit, where);
        };
        return new Annotation(kind, p, label);
    }

    private static String roi(Measurements.Stats s, Slice slice, String unit, String where) {
        String area = String.format("area %.1f %s²%s", s.area(), unit, where);
        if (s.count() == 0) {
            return area;
        }
        String u = units(slice);
        return String.format(
                "mean %.2f%s, SD %.2f%nmin %.0f, max %.0f%n%s (%d px)",
                s.mean(), u, s.sd(), s.min(), s.max(), area, s.count());
    }

    /** " HU" for CT, else the Rescale Type when given, else nothing. */
    public static String units(Slice slice) {
        if (slice.header() == null) {
            return "";
        }
        if ("CT".equals(slice.header().getString(0x00080060, ""))) {
            return " HU";
        }
        String type = slice.header().getString(0x00281054, "");
        return type.isEmpty() ? "" : " " + type;
    }
}

package eu.eucaim.workstation.viewer.engine;

/**
 * What one pixel measures, in mm, and where. Pixel Spacing is in the patient (or wherever the modality calibrated
 * it). Without it, a projection radiograph's Imager Pixel Spacing is at the detector, where the anatomy is enlarged
 * by the beam's divergence; an Estimated Radiographic Magnification Factor corrects it towards the anatomy (PS3.3
 * C.8.11.1.1.1). Labels say which, as OHIF's do ("at detector", "ERMF").
 */
public record Calibration(double rowSpacing, double columnSpacing, String note) {
    static final int IMAGER_PIXEL_SPACING = 0x00181164;
    static final int ESTIMATED_RADIOGRAPHIC_MAGNIFICATION = 0x00181114;

    /** The slice's calibration, or null when it has none (measurements are then in pixels). */
    public static Calibration of(Slice s) {
        SliceGeometry g = s.geometry();
        if (g != null && g.pixelSpacing() != null) {
            return new Calibration(g.pixelSpacing()[0], g.pixelSpacing()[1], "");
        }
        if (s.header() == null) {
            return null;
        }
        double[] ips = s.header().getDoubles(IMAGER_PIXEL_SPACING);
        if (ips.length < 2 || !positive(ips[0]) || !positive(ips[1])) {
            return null;
        }
        double m = s.header().getDouble(ESTIMATED_RADIOGRAPHIC_MAGNIFICATION, Double.NaN);
        if (positive(m)) {
            return new Calibration(ips[0] / m, ips[1] / m, " (ERMF)");
        }
        return new Calibration(ips[0], ips[1], " at detector");
    }

    private static boolean positive(double v) {
        return v > 0 && Double.isFinite(v);
    }
}

package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.dicom.Dataset;
import java.util.List;

/**
 * Where a frame lies in the patient: Image Position/Orientation (Patient), Pixel Spacing, Slice Thickness,
 * Slice Location and the Frame of Reference, for one frame (functional groups of multi-frame images first).
 * Any of the arrays may be null when the data set does not have them. {@code pixelAspect} is the height of a pixel
 * over its width, for showing it in its true proportions (1 for square or unknown pixels).
 */
public record SliceGeometry(
        double[] position,
        double[] orientation,
        double[] pixelSpacing,
        double thickness,
        double sliceLocation,
        String frameOfReference,
        double pixelAspect) {

    static final int IMAGE_POSITION = 0x00200032;
    static final int IMAGE_ORIENTATION = 0x00200037;
    static final int PIXEL_SPACING = 0x00280030;
    static final int SLICE_THICKNESS = 0x00180050;
    static final int SLICE_LOCATION = 0x00201041;
    static final int FRAME_OF_REFERENCE = 0x00200052;
    static final int SHARED_GROUPS = 0x52009229;
    static final int PER_FRAME_GROUPS = 0x52009230;
    static final int PLANE_POSITION = 0x00209113;
    static final int PLANE_ORIENTATION = 0x00209116;
    static final int PIXEL_MEASURES = 0x00289110;
    static final int IMAGER_PIXEL_SPACING = 0x00181164;
    static final int PIXEL_ASPECT_RATIO = 0x00280034;
    /** Pixels whose sides differ by less than this fraction show square (0.7031\0.7032 keeps the 1:1 fast path). */
    static final double SQUARE_TOLERANCE = 1e-3;

    public SliceGeometry {
        if (!(pixelAspect > 0) || Double.isInfinite(pixelAspect)) {
            throw new IllegalArgumentException("pixel aspect must be positive, got " + pixelAspect);
        }
    }

    public static SliceGeometry of(Dataset ds, int frame) {
        double[] pos = values(ds, frame, PLANE_POSITION, IMAGE_POSITION, 3);
        double[] ori = values(ds, frame, PLANE_ORIENTATION, IMAGE_ORIENTATION, 6);
        double[] spacing = values(ds, frame, PIXEL_MEASURES, PIXEL_SPACING, 2);
        double[] thick = values(ds, frame, PIXEL_MEASURES, SLICE_THICKNESS, 1);
        double loc = ds.getDouble(SLICE_LOCATION, Double.NaN);
        if (Double.isNaN(loc) && pos != null && ori != null) {
            loc = slicePosition(pos, ori);
        }
        double[] ps = spacing != null && spacing[0] > 0 && spacing[1] > 0 ? spacing : null;
        return new SliceGeometry(
                pos,
                ori,
                ps,
                thick != null ? thick[0] : Double.NaN,
                loc,
                ds.getString(FRAME_OF_REFERENCE, ""),
                pixelAspect(ds, ps));
    }

    /**
     * Row spacing over column spacing from Pixel Spacing; without it from Imager Pixel Spacing, then Pixel Aspect
     * Ratio (vertical\horizontal); 1 when none is usable or the sides are equal within {@link #SQUARE_TOLERANCE}.
     */
    static double pixelAspect(Dataset ds, double[] pixelSpacing) {
        double[] pair = pixelSpacing;
        if (pair == null) {
            pair = positivePair(ds.getDoubles(IMAGER_PIXEL_SPACING));
        }
        if (pair == null) {
            pair = positivePair(ds.getDoubles(PIXEL_ASPECT_RATIO));
        }
        if (pair == null) {
            return 1;
        }
        double aspect = pair[0] / pair[1];
        return Math.abs(aspect - 1) < SQUARE_TOLERANCE || !Double.isFinite(aspect) ? 1 : aspect;
    }

    private static double[] positivePair(double[] v) {
        return v.length >= 2 && v[0] > 0 && v[1] > 0 && Double.isFinite(v[0]) && Double.isFinite(v[1]) ? v : null;
    }

    /** The value from the frame's functional group, the shared one, or the top level; null if absent/short. */
    private static double[] values(Dataset ds, int frame, int macro, int tag, int count) {
        List<Dataset> perFrame = ds.getSequence(PER_FRAME_GROUPS);
        if (frame < perFrame.size()) {
            double[] v = fromMacro(perFrame.get(frame), macro, tag, count);
            if (v != null) {
                return v;
            }
        }
        List<Dataset> shared = ds.getSequence(SHARED_GROUPS);
        if (!shared.isEmpty()) {
            double[] v = fromMacro(shared.get(0), macro, tag, count);
            if (v != null) {
                return v;
            }
        }
        double[] v = ds.getDoubles(tag);
        return v.length >= count ? v : null;
    }

    private static double[] fromMacro(Dataset group, int macro, int tag, int count) {
        List<Dataset> items = group.getSequence(macro);
        if (items.isEmpty()) {
            return null;
        }
        double[] v = items.get(0).getDoubles(tag);
        return v.length >= count ? v : null;
    }

    public boolean hasPlane() {
        return position != null && orientation != null;
    }

    public double[] normal() {
        return orientation == null ? null : normal(orientation);
    }

    /** Distance along the slice normal; NaN without geometry. Same meaning as the scanner's sort key. */
    public double slicePosition() {
        return hasPlane() ? slicePosition(position, orientation) : Double.NaN;
    }

    static double slicePosition(double[] pos, double[] ori) {
        double[] n = normal(ori);
        return n[0] * pos[0] + n[1] * pos[1] + n[2] * pos[2];
    }

    /** The slice normal (row direction × column direction) of Image Orientation (Patient) {@code o}. */
    public static double[] normal(double[] o) {
        return new double[] {o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]};
    }

    /** Patient coordinates (mm) of image pixel (x, y) (column, row; pixel centres at integers). */
    public double[] toPatient(double x, double y) {
        double rs = pixelSpacing != null ? pixelSpacing[0] : 1; // row spacing: between rows, along the column direction
        double cs = pixelSpacing != null ? pixelSpacing[1] : 1;
        double[] o = orientation;
        return new double[] {
            position[0] + o[0] * x * cs + o[3] * y * rs,
            position[1] + o[1] * x * cs + o[4] * y * rs,
            position[2] + o[2] * x * cs + o[5] * y * rs
        };
    }

    /** Image pixel coordinates (x, y) of a patient point projected onto this plane. */
    public double[] toImage(double[] p) {
        double rs = pixelSpacing != null ? pixelSpacing[0] : 1;
        double cs = pixelSpacing != null ? pixelSpacing[1] : 1;
        double dx = p[0] - position[0];
        double dy = p[1] - position[1];
        double dz = p[2] - position[2];
        double[] o = orientation;
        return new double[] {(dx * o[0] + dy * o[1] + dz * o[2]) / cs, (dx * o[3] + dy * o[4] + dz * o[5]) / rs};
    }
}

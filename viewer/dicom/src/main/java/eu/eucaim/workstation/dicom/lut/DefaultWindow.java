package eu.eucaim.workstation.dicom.lut;

import java.util.List;

/**
 * The window a viewer opens an image with: the first Window Center/Width of the data set when there is one,
 * otherwise the range of the frame's modality values mapped linearly onto the display range.
 */
public final class DefaultWindow {
    private DefaultWindow() {}

    public static VoiTransform.Window of(
            List<VoiTransform.Window> windows, ModalityTransform modality, long minStored, long maxStored) {
        if (!windows.isEmpty()) {
            return windows.get(0);
        }
        double lo;
        double hi;
        if (modality instanceof ModalityTransform.Lut lut) {
            // A LUT need not be monotonic: scan its outputs over the frame's range.
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (long v = minStored; v <= maxStored; v++) {
                double m = lut.apply(v);
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
        } else {
            double a = modality.apply(minStored);
            double b = modality.apply(maxStored);
            lo = Math.min(a, b);
            hi = Math.max(a, b);
        }
        // PS3.3 C.11.2.1.2.1 note: with LINEAR, width hi-lo+1 and centre (lo+hi+1)/2 map lo to ymin, hi to ymax.
        return new VoiTransform.Window((lo + hi + 1) / 2, hi - lo + 1, VoiLutFunction.LINEAR, "min/max");
    }
}

package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.dicom.lut.VoiTransform;

/** The windows a viewer opens a slice with, and how far a drag moves them. */
public final class Windows {
    private Windows() {}

    /** The data set's first window; else, for a VOI LUT or no window, the modality range of the frame. */
    public static WindowLevel initial(Slice s) {
        VoiTransform voi = s.display().defaultVoi(s.pixels().min(), s.pixels().max());
        if (voi instanceof VoiTransform.Window w) {
            return new WindowLevel(w.center(), w.width());
        }
        return fullRange(s);
    }

    /** The window that spans every value of the frame. */
    public static WindowLevel fullRange(Slice s) {
        double[] r = modalityRange(s);
        return new WindowLevel((r[0] + r[1]) / 2, r[1] - r[0] + 1);
    }

    /** Modality units per mouse pixel of a window drag: a thousandth of the frame's range, at least 0.01. */
    public static double dragSensitivity(Slice s) {
        double[] r = modalityRange(s);
        return Math.max(0.01, (r[1] - r[0]) / 1000.0);
    }

    static double[] modalityRange(Slice s) {
        double a = s.display().modality().apply(s.pixels().min());
        double b = s.display().modality().apply(s.pixels().max());
        return new double[] {Math.min(a, b), Math.max(a, b)};
    }
}

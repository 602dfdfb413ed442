package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.dicom.image.DisplayParameters;
import eu.eucaim.workstation.dicom.lut.DisplayPipeline;
import eu.eucaim.workstation.dicom.lut.PresentationLutShape;
import eu.eucaim.workstation.dicom.lut.VoiLutFunction;
import eu.eucaim.workstation.dicom.lut.VoiTransform;

/**
 * Opaque gray ARGB per stored value in [offset, offset + (length << shift)): the whole grayscale chain
 * (modality → window → presentation shape → invert) tabulated over the frame's own value range only, so a
 * window change costs O(range), not O(pixels). Ranges wider than 2^20 values are sampled every 2^shift.
 */
public record GrayLut(int offset, int shift, int[] argb) {
    static final int MAX_ENTRIES = 1 << 20;

    public static GrayLut of(Pixels p, DisplayParameters display, WindowLevel window, boolean invert) {
        long range = (long) p.max() - p.min() + 1;
        int shift = 0;
        while ((range >> shift) > MAX_ENTRIES) {
            shift++;
        }
        int n = (int) (((range - 1) >> shift) + 1);
        VoiLutFunction function = display.windows().isEmpty()
                ? VoiLutFunction.LINEAR
                : display.windows().get(0).function();
        PresentationLutShape shape = display.shape();
        if (invert) {
            shape = shape == PresentationLutShape.INVERSE
                    ? PresentationLutShape.IDENTITY
                    : PresentationLutShape.INVERSE;
        }
        DisplayPipeline pipeline = new DisplayPipeline(
                display.modality(), new VoiTransform.Window(window.center(), window.width(), function, "user"), shape);
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = 0xFF00_0000 | pipeline.displayValue(p.min() + ((long) i << shift)) * 0x01_01_01;
        }
        return new GrayLut(p.min(), shift, t);
    }
}

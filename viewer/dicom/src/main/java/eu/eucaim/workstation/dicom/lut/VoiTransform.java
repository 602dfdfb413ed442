package eu.eucaim.workstation.dicom.lut;

import java.util.ArrayList;
import java.util.List;

/** VOI LUT stage (PS3.3 C.11.2): modality values to the display range, by a window or a VOI LUT. */
public sealed interface VoiTransform {

    double apply(double modalityValue, double ymin, double ymax);

    /** One Window Center/Width pair with its explanation, applied with a VOI LUT Function. */
    record Window(double center, double width, VoiLutFunction function, String explanation) implements VoiTransform {
        public Window {
            if (!Double.isFinite(center)) {
                throw new IllegalArgumentException("Window Center " + center + " must be finite");
            }
            function.checkWidth(width);
            explanation = explanation == null ? "" : explanation;
        }

        public Window(double center, double width) {
            this(center, width, VoiLutFunction.LINEAR, "");
        }

        @Override
        public double apply(double x, double ymin, double ymax) {
            return function.apply(x, center, width, ymin, ymax);
        }

        /** Same window moved/resized by the user, keeping the function. */
        public Window with(double newCenter, double newWidth) {
            return new Window(newCenter, newWidth, function, "user");
        }
    }

    /** VOI LUT Sequence (0028,3010) item: output scaled from the LUT's bit depth to the display range. */
    record Lut(LutTable table) implements VoiTransform {
        @Override
        public double apply(double x, double ymin, double ymax) {
            double v = table.lookup((int) Math.floor(x));
            return ymin + v * (ymax - ymin) / table.descriptor().maxValue();
        }
    }

    /**
     * The windows of Window Center (0028,1050), Window Width (0028,1051) and Window Center &amp; Width
     * Explanation (0028,1055), which are multi-valued in step; explanations may be missing.
     */
    static List<Window> windows(double[] centers, double[] widths, String[] explanations, String function) {
        if (centers.length != widths.length) {
            throw new IllegalArgumentException(
                    "Window Center has " + centers.length + " values but Window Width has " + widths.length);
        }
        VoiLutFunction f = VoiLutFunction.of(function);
        List<Window> out = new ArrayList<>(centers.length);
        for (int i = 0; i < centers.length; i++) {
            String explanation = explanations != null && i < explanations.length ? explanations[i] : "";
            out.add(new Window(centers[i], widths[i], f, explanation));
        }
        return out;
    }
}

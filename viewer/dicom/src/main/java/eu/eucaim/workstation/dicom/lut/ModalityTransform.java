package eu.eucaim.workstation.dicom.lut;

/**
 * Modality LUT stage (PS3.3 C.11.1): stored values to modality values (e.g. Hounsfield units), either by
 * Rescale Slope/Intercept or by the one item of a Modality LUT Sequence.
 */
public sealed interface ModalityTransform {

    double apply(double storedValue);

    /** Rescale Slope (0028,1053) and Rescale Intercept (0028,1052); absent means slope 1, intercept 0. */
    record Rescale(double slope, double intercept) implements ModalityTransform {
        public Rescale {
            if (!Double.isFinite(slope) || !Double.isFinite(intercept) || slope == 0) {
                throw new IllegalArgumentException(
                        "Rescale Slope " + slope + " / Intercept " + intercept + " must be finite, slope non-zero");
            }
        }

        @Override
        public double apply(double storedValue) {
            return storedValue * slope + intercept;
        }
    }

    /** Modality LUT Sequence (0028,3000) item: LUT Descriptor and LUT Data. */
    record Lut(LutTable table) implements ModalityTransform {
        @Override
        public double apply(double storedValue) {
            return table.lookup((int) Math.floor(storedValue));
        }
    }

    static ModalityTransform identity() {
        return new Rescale(1, 0);
    }
}

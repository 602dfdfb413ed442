package eu.eucaim.workstation.dicom.lut;

/** VOI LUT Function (0028,1056): how Window Center/Width map input values to the output range. */
public enum VoiLutFunction {
    /** PS3.3 C.11.2.1.2.1; the default when the attribute is absent. Width must be >= 1. */
    LINEAR {
        @Override
        public double apply(double x, double c, double w, double ymin, double ymax) {
            if (x <= c - 0.5 - (w - 1) / 2) {
                return ymin;
            }
            if (x > c - 0.5 + (w - 1) / 2) {
                return ymax;
            }
            // Only reached when w > 1: for w == 1 the two tests above cover every x.
            return ((x - (c - 0.5)) / (w - 1) + 0.5) * (ymax - ymin) + ymin;
        }

        @Override
        void checkWidth(double w) {
            if (!(w >= 1)) {
                throw new IllegalArgumentException("Window Width " + w + " must be >= 1 for VOI LUT Function LINEAR");
            }
        }
    },
    /** PS3.3 C.11.2.1.3.2. Width must be > 0. */
    LINEAR_EXACT {
        @Override
        public double apply(double x, double c, double w, double ymin, double ymax) {
            if (x <= c - w / 2) {
                return ymin;
            }
            if (x > c + w / 2) {
                return ymax;
            }
            return ((x - c) / w + 0.5) * (ymax - ymin) + ymin;
        }
    },
    /** PS3.3 C.11.2.1.3.1. Width must be > 0. */
    SIGMOID {
        @Override
        public double apply(double x, double c, double w, double ymin, double ymax) {
            return (ymax - ymin) / (1 + Math.exp(-4 * (x - c) / w)) + ymin;
        }
    };

    public abstract double apply(double x, double center, double width, double ymin, double ymax);

    void checkWidth(double w) {
        if (!(w > 0)) {
            throw new IllegalArgumentException("Window Width " + w + " must be > 0 for VOI LUT Function " + name());
        }
    }

    /** The attribute value; absent or empty means LINEAR. */
    public static VoiLutFunction of(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return LINEAR;
        }
        try {
            return valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "VOI LUT Function '" + v + "' is not LINEAR, LINEAR_EXACT or SIGMOID", e);
        }
    }
}

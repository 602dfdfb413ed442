package eu.eucaim.workstation.dicom.lut;

/**
 * The grayscale chain stored value → modality → VOI → presentation shape → 8-bit display value, as data.
 * {@link #displayValue} evaluates it for one value; {@link #buildLut} tabulates it for a whole stored range,
 * which is what the viewer applies per pixel.
 */
public record DisplayPipeline(ModalityTransform modality, VoiTransform voi, PresentationLutShape shape) {

    public DisplayPipeline {
        if (modality == null || voi == null || shape == null) {
            throw new IllegalArgumentException("modality, voi and shape are required");
        }
    }

    public DisplayPipeline withVoi(VoiTransform newVoi) {
        return new DisplayPipeline(modality, newVoi, shape);
    }

    /** 0..255, rounded half up. */
    public int displayValue(double storedValue) {
        double y = voi.apply(modality.apply(storedValue), 0, 255);
        int v = (int) Math.floor(y + 0.5);
        v = v < 0 ? 0 : Math.min(v, 255);
        return shape == PresentationLutShape.INVERSE ? 255 - v : v;
    }

    /** Tabulates every stored value in [minStored, maxStored]: O(range), independent of the frame size. */
    public DisplayLut buildLut(int minStored, int maxStored) {
        long size = (long) maxStored - minStored + 1;
        if (size < 1 || size > DisplayLut.MAX_ENTRIES) {
            throw new IllegalArgumentException("stored range " + minStored + ".." + maxStored
                    + " is empty or larger than " + DisplayLut.MAX_ENTRIES + " entries");
        }
        int[] values = new int[(int) size];
        for (int i = 0; i < values.length; i++) {
            values[i] = DisplayLut.argb(displayValue(minStored + i));
        }
        return new DisplayLut(minStored, values);
    }

    /** The full range of BitsStored-bit samples, e.g. -32768..32767 for signed 16-bit. */
    public DisplayLut buildLut(int bitsStored, boolean signed) {
        if (bitsStored > 24) {
            throw new IllegalArgumentException(
                    "BitsStored " + bitsStored + " is too wide for a full-range table; use the frame's min/max");
        }
        int min = signed ? -(1 << (bitsStored - 1)) : 0;
        int max = signed ? (1 << (bitsStored - 1)) - 1 : (1 << bitsStored) - 1;
        return buildLut(min, max);
    }
}

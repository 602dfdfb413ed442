package eu.eucaim.workstation.dicom.pixel;

import java.util.Arrays;

/** Photometric Interpretation values (PS3.3 C.7.6.3.1.2) and how many samples per pixel each one has. */
public enum Photometric {
    MONOCHROME1("MONOCHROME1", 1),
    MONOCHROME2("MONOCHROME2", 1),
    PALETTE_COLOR("PALETTE COLOR", 1),
    RGB("RGB", 3),
    YBR_FULL("YBR_FULL", 3),
    YBR_FULL_422("YBR_FULL_422", 3),
    YBR_PARTIAL_422("YBR_PARTIAL_422", 3),
    YBR_PARTIAL_420("YBR_PARTIAL_420", 3),
    YBR_ICT("YBR_ICT", 3),
    YBR_RCT("YBR_RCT", 3);

    private final String dicomName;
    private final int samplesPerPixel;

    Photometric(String dicomName, int samplesPerPixel) {
        this.dicomName = dicomName;
        this.samplesPerPixel = samplesPerPixel;
    }

    public String dicomName() {
        return dicomName;
    }

    public int samplesPerPixel() {
        return samplesPerPixel;
    }

    public boolean isMonochrome() {
        return this == MONOCHROME1 || this == MONOCHROME2;
    }

    /** Parses the attribute value; trailing padding spaces are ignored. */
    public static Photometric of(String value) {
        String v = value == null ? "" : value.strip();
        for (Photometric p : values()) {
            if (p.dicomName.equals(v)) {
                return p;
            }
        }
        throw new PixelDataException("PhotometricInterpretation '" + v + "' is not supported; expected one of "
                + Arrays.toString(
                        Arrays.stream(values()).map(Photometric::dicomName).toArray()));
    }
}

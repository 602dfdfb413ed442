package eu.eucaim.workstation.dicom.lut;

/** Presentation LUT Shape (2050,0020): IDENTITY keeps the VOI output, INVERSE mirrors it (PS3.3 C.11.6). */
public enum PresentationLutShape {
    IDENTITY,
    INVERSE;

    /** Without a presentation state, MONOCHROME1 shows its lowest values white, i.e. INVERSE (C.7.6.3.1.2). */
    public static PresentationLutShape defaultFor(String photometricInterpretation) {
        return "MONOCHROME1".equals(photometricInterpretation == null ? null : photometricInterpretation.strip())
                ? INVERSE
                : IDENTITY;
    }
}

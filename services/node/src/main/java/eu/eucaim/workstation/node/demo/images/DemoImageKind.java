package eu.eucaim.workstation.node.demo.images;

/** The demo studies, each one series in a folder of its own name. */
public enum DemoImageKind {
    /** 300 axial slices, 512 x 512, 16-bit signed, head to pelvis. */
    CT("CT", "CT head to pelvis (phantom)", "Axial 2.5 mm STANDARD", "WHOLEBODY"),
    /** 32 axial T2-weighted slices, 256 x 256. */
    MR("MR", "MR brain (phantom)", "Ax T2 FSE", "HEAD"),
    /** One multi-frame angiography cine, 40 frames of 512 x 512. */
    XA("XA", "XA coronary-like angiography (synthetic)", "Cine 15 fps", "HEART"),
    /** One 2048 x 2048 chest radiograph, MONOCHROME1. */
    CR("CR", "CR chest PA (phantom)", "Chest PA", "CHEST");

    private final String modality;
    private final String studyDescription;
    private final String seriesDescription;
    private final String bodyPart;

    DemoImageKind(String modality, String studyDescription, String seriesDescription, String bodyPart) {
        this.modality = modality;
        this.studyDescription = studyDescription;
        this.seriesDescription = seriesDescription;
        this.bodyPart = bodyPart;
    }

    public String modality() {
        return modality;
    }

    public String studyDescription() {
        return studyDescription;
    }

    public String seriesDescription() {
        return seriesDescription;
    }

    String bodyPart() {
        return bodyPart;
    }

    /** The folder the series is written to. */
    public String folder() {
        return name();
    }
}

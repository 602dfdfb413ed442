package eu.eucaim.workstation.node.demo.images;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;

/**
 * The CT volume: axial slices of the phantom from the vertex down to the pelvis, 512 x 512, 16-bit signed,
 * stored value = HU + 1024 (Rescale Intercept -1024, Slope 1), head first supine, slice 1 at the top. The volume
 * always spans {@link #EXTENT} mm: {@link DemoImages#CT_SLICES} slices of 2.5 mm, or fewer, thicker ones.
 */
final class CtSeries {
    static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.2";
    static final int SIZE = 512;
    static final double FIELD_OF_VIEW = 400;
    static final double SPACING = FIELD_OF_VIEW / SIZE;
    static final double THICKNESS = 2.5;
    /** From the first slice's top to the last slice's bottom at the default slice count. */
    static final double EXTENT = THICKNESS * DemoImages.CT_SLICES;

    static final double TOP_Z = BodyPhantom.VERTEX_Z + 3;
    static final int INTERCEPT = -1024;

    private final Phantom phantom;
    private final SeriesContext context;
    private final DemoUids uids;
    private final long seed;
    private final int slices;
    private final double thickness;

    CtSeries(Phantom phantom, SeriesContext context, DemoUids uids, long seed, int slices) {
        this.phantom = phantom;
        this.context = context;
        this.uids = uids;
        this.seed = seed;
        this.slices = slices;
        this.thickness = EXTENT / slices; // exactly THICKNESS for the default count: the same bytes as ever
    }

    /**
     * "ct" for the default volume (its UIDs as ever), "ct30" for one of 30 slices: a smaller set is other images,
     * so it gets its own UIDs and folder and never passes for part of the full one.
     */
    static String variant(int slices) {
        return slices == DemoImages.CT_SLICES ? "ct" : "ct" + slices;
    }

    int slices() {
        return slices;
    }

    double z(int index) {
        return TOP_Z - index * thickness;
    }

    /** The data set of slice {@code index} (0 = top), pixel data included. */
    Dataset slice(int index) {
        double z = z(index);
        double origin = -FIELD_OF_VIEW / 2 + SPACING / 2;
        Dataset ds = context.instance(SOP_CLASS, uids.uid(variant(slices) + ":" + index), index + 1);
        ds.put(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.put(Attr.ScanOptions, VR.CS, "HELICAL MODE");
        ds.put(Tags.SliceThickness, VR.DS, thickness);
        ds.put(Attr.KVP, VR.DS, 120);
        ds.put(Attr.DataCollectionDiameter, VR.DS, 500);
        ds.put(Attr.ReconstructionDiameter, VR.DS, FIELD_OF_VIEW);
        ds.put(Attr.ExposureTime, VR.IS, 500);
        ds.put(Attr.XRayTubeCurrent, VR.IS, 200);
        ds.put(Attr.ConvolutionKernel, VR.SH, "STANDARD");
        ds.put(Attr.PatientPosition, VR.CS, "HFS");
        ds.put(Tags.ImagePositionPatient, VR.DS, origin, origin, z);
        ds.put(Tags.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.put(Attr.SliceLocation, VR.DS, z);
        ds.put(Attr.ImagesInAcquisition, VR.IS, slices);
        SeriesContext.grayscale(ds, SIZE, SIZE, 16, true, "MONOCHROME2");
        ds.put(Tags.PixelSpacing, VR.DS, SPACING, SPACING);
        ds.put(Tags.WindowCenter, VR.DS, 40, -600);
        ds.put(Tags.WindowWidth, VR.DS, 400, 1500);
        ds.put(Attr.WindowCenterWidthExplanation, VR.LO, "SOFT TISSUE", "LUNG");
        ds.put(Tags.RescaleIntercept, VR.DS, INTERCEPT);
        ds.put(Tags.RescaleSlope, VR.DS, 1);
        ds.put(Attr.RescaleType, VR.LO, "HU");
        ds.put(Tags.PixelData, VR.OW, SeriesContext.littleEndian(pixels(z, origin, index)));
        return ds;
    }

    private short[] pixels(double z, double origin, int index) {
        byte[] labels = phantom.axialLabels(z, origin, origin, SPACING, SIZE, SIZE);
        float[] hu = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            hu[i] = Tissue.of(labels[i]).hu;
        }
        Noise.smooth(hu, SIZE, SIZE);
        // Head CT is acquired with less noise than body CT, so grey and white matter stay apart at W 80.
        float sd = z > 45 ? 3.5f : 9f;
        float lungTexture = 28f;
        byte lung = Tissue.LUNG.label();
        Noise noise = new Noise(seed, index);
        short[] out = new short[hu.length];
        for (int i = 0; i < hu.length; i++) {
            float v = hu[i] + noise.next() * (labels[i] == lung ? lungTexture : sd);
            out[i] = (short) Math.max(-1024, Math.min(3071, Math.round(v)));
            out[i] = (short) (out[i] - INTERCEPT);
        }
        return out;
    }
}

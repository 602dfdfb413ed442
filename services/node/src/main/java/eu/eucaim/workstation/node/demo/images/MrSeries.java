package eu.eucaim.workstation.node.demo.images;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;

/**
 * An axial T2-weighted brain series of the same phantom: 256 x 256, 12 bits stored, 4 mm slices every 5 mm
 * from the skull base upwards, with a smooth receive-coil shading and Rician noise.
 */
final class MrSeries {
    static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.4";
    static final int SIZE = 256;
    static final int SLICES = 32;
    static final double FIELD_OF_VIEW = 240;
    static final double SPACING = FIELD_OF_VIEW / SIZE;
    static final double THICKNESS = 4;
    static final double GAP = 5;
    static final double BOTTOM_Z = 55;

    private final Phantom phantom;
    private final SeriesContext context;
    private final DemoUids uids;
    private final long seed;

    MrSeries(Phantom phantom, SeriesContext context, DemoUids uids, long seed) {
        this.phantom = phantom;
        this.context = context;
        this.uids = uids;
        this.seed = seed;
    }

    Dataset slice(int index) {
        double z = BOTTOM_Z + index * GAP;
        double origin = -FIELD_OF_VIEW / 2 + SPACING / 2;
        Dataset ds = context.instance(SOP_CLASS, uids.uid("mr:" + index), index + 1);
        ds.put(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "M", "NONE");
        ds.put(Attr.ScanningSequence, VR.CS, "SE");
        ds.put(Attr.SequenceVariant, VR.CS, "SK");
        ds.put(Attr.ScanOptions, VR.CS, "");
        ds.put(Attr.MRAcquisitionType, VR.CS, "2D");
        ds.put(Tags.SliceThickness, VR.DS, THICKNESS);
        ds.put(Attr.RepetitionTime, VR.DS, 4000);
        ds.put(Attr.EchoTime, VR.DS, 100);
        ds.put(Attr.ImagingFrequency, VR.DS, 63.87);
        ds.put(Attr.MagneticFieldStrength, VR.DS, 1.5);
        ds.put(Attr.SpacingBetweenSlices, VR.DS, GAP);
        ds.put(Attr.EchoTrainLength, VR.IS, 16);
        ds.put(Attr.PatientPosition, VR.CS, "HFS");
        ds.put(Tags.ImagePositionPatient, VR.DS, origin, origin, z);
        ds.put(Tags.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.put(Attr.SliceLocation, VR.DS, z);
        SeriesContext.grayscale(ds, SIZE, SIZE, 12, false, "MONOCHROME2");
        ds.put(Tags.PixelSpacing, VR.DS, SPACING, SPACING);
        ds.put(Tags.WindowCenter, VR.DS, 1200);
        ds.put(Tags.WindowWidth, VR.DS, 2400);
        ds.put(Tags.PixelData, VR.OW, SeriesContext.littleEndian(pixels(z, origin, index)));
        return ds;
    }

    private short[] pixels(double z, double origin, int index) {
        byte[] labels = phantom.axialLabels(z, origin, origin, SPACING, SIZE, SIZE);
        float[] signal = new float[labels.length];
        for (int r = 0; r < SIZE; r++) {
            // Receive coil shading: brighter towards the back of the head, where the coil elements sit closer.
            float shading = (float) (0.85 + 0.3 * r / SIZE);
            for (int c = 0; c < SIZE; c++) {
                signal[r * SIZE + c] = Tissue.of(labels[r * SIZE + c]).mr * shading;
            }
        }
        Noise.smooth(signal, SIZE, SIZE);
        Noise noise = new Noise(seed, 10_000 + index);
        short[] out = new short[signal.length];
        for (int i = 0; i < signal.length; i++) {
            float re = signal[i] + 22 * noise.next();
            float im = 22 * noise.next();
            out[i] = (short) Math.min(4095, Math.round(Math.sqrt(re * re + im * im)));
        }
        return out;
    }
}

package eu.eucaim.workstation.node.demo.images;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;

/**
 * Axial CT, T2-weighted MR and PET slices of a phantom over one {@link Volume}: the CT and the PET of a PET/CT
 * share a frame of reference and the body, so the hot spots lie on the lesions the CT shows.
 */
final class AxialImages {
    static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    static final String MR = "1.2.840.10008.5.1.4.1.1.4";
    static final String PT = "1.2.840.10008.5.1.4.1.1.128";
    /** Bq/ml per SUV: 370 MBq injected into 74 kg. */
    static final double BQML_PER_SUV = 370e6 / 74_000;
    /** Stored value × this = Bq/ml; SUV 24 (urine) stays below 65535. */
    static final double PET_SLOPE = 2.5;

    private final Phantom phantom;
    private final Volume volume;
    private final SeriesContext context;
    private final DemoUids uids;
    private final long seed;
    private PetAttributes.Tracer tracer = PetAttributes.Tracer.FDG;

    AxialImages(Phantom phantom, Volume volume, SeriesContext context, DemoUids uids, long seed) {
        this.phantom = phantom;
        this.volume = volume;
        this.context = context;
        this.uids = uids;
        this.seed = seed;
    }

    /** The PET's radiopharmaceutical (FDG unless said otherwise). */
    AxialImages tracer(PetAttributes.Tracer t) {
        this.tracer = t;
        return this;
    }

    private Dataset common(String sopClass, int index) {
        double z = volume.z(index);
        Dataset ds = context.instance(sopClass, uids.uid(context.seriesUid() + ":" + index), index + 1);
        ds.put(Attr.PatientPosition, VR.CS, "HFS");
        ds.put(Tags.SliceThickness, VR.DS, volume.thickness());
        ds.put(Tags.ImagePositionPatient, VR.DS, volume.x0(), volume.y0(), z);
        ds.put(Tags.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.put(Attr.SliceLocation, VR.DS, z);
        ds.put(Tags.PixelSpacing, VR.DS, volume.spacing(), volume.spacing());
        return ds;
    }

    private byte[] labels(int index, int scale) {
        int n = volume.size() * scale;
        double spacing = volume.fov() / n;
        double x0 = volume.cx() - volume.fov() / 2 + spacing / 2;
        double y0 = volume.cy() - volume.fov() / 2 + spacing / 2;
        return phantom.axialLabels(volume.z(index), x0, y0, spacing, n, n);
    }

    /** A CT slice: HU + 1024 stored, soft-tissue and lung windows. */
    Dataset ct(int index) {
        Dataset ds = common(CT, index);
        ds.put(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.put(Attr.ScanOptions, VR.CS, "HELICAL MODE");
        ds.put(Attr.KVP, VR.DS, 120);
        ds.put(Attr.DataCollectionDiameter, VR.DS, 500);
        ds.put(Attr.ReconstructionDiameter, VR.DS, volume.fov());
        ds.put(Attr.ExposureTime, VR.IS, 500);
        ds.put(Attr.XRayTubeCurrent, VR.IS, 180);
        ds.put(Attr.ConvolutionKernel, VR.SH, "STANDARD");
        SeriesContext.grayscale(ds, volume.size(), volume.size(), 16, true, "MONOCHROME2");
        ds.put(Tags.WindowCenter, VR.DS, 40, -600);
        ds.put(Tags.WindowWidth, VR.DS, 400, 1500);
        ds.put(Attr.WindowCenterWidthExplanation, VR.LO, "SOFT TISSUE", "LUNG");
        ds.put(Tags.RescaleIntercept, VR.DS, CtSeries.INTERCEPT);
        ds.put(Tags.RescaleSlope, VR.DS, 1);
        ds.put(Attr.RescaleType, VR.LO, "HU");
        byte[] labels = labels(index, 1);
        float[] hu = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            hu[i] = Tissue.of(labels[i]).hu;
        }
        Noise.smooth(hu, volume.size(), volume.size());
        Noise noise = new Noise(seed, 40_000 + index);
        byte lung = Tissue.LUNG.label();
        short[] out = new short[hu.length];
        for (int i = 0; i < hu.length; i++) {
            float v = hu[i] + noise.next() * (labels[i] == lung ? 28f : 10f);
            out[i] = (short) (Math.max(-1024, Math.min(3071, Math.round(v))) - CtSeries.INTERCEPT);
        }
        ds.put(Tags.PixelData, VR.OW, SeriesContext.littleEndian(out));
        return ds;
    }

    /** A T2-weighted fast spin echo slice at 3 T: fluid bright, with coil shading and Rician noise. */
    Dataset mr(int index) {
        Dataset ds = common(MR, index);
        ds.put(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "M", "NONE");
        ds.put(Attr.ScanningSequence, VR.CS, "SE");
        ds.put(Attr.SequenceVariant, VR.CS, "SK");
        ds.put(Attr.ScanOptions, VR.CS, "");
        ds.put(Attr.MRAcquisitionType, VR.CS, "2D");
        ds.put(Attr.RepetitionTime, VR.DS, 4200);
        ds.put(Attr.EchoTime, VR.DS, 104);
        ds.put(Attr.ImagingFrequency, VR.DS, 123.25);
        ds.put(Attr.MagneticFieldStrength, VR.DS, 3);
        ds.put(Attr.SpacingBetweenSlices, VR.DS, volume.step());
        ds.put(Attr.EchoTrainLength, VR.IS, 20);
        SeriesContext.grayscale(ds, volume.size(), volume.size(), 12, false, "MONOCHROME2");
        ds.put(Tags.WindowCenter, VR.DS, 1100);
        ds.put(Tags.WindowWidth, VR.DS, 2200);
        int n = volume.size();
        byte[] labels = labels(index, 1);
        float[] signal = new float[labels.length];
        for (int r = 0; r < n; r++) {
            // Surface coils in front and behind: brighter near the front and back of the body.
            float shading = (float) (0.8 + 0.4 * Math.abs(r - n / 2.0) / n);
            for (int c = 0; c < n; c++) {
                signal[r * n + c] = Tissue.of(labels[r * n + c]).mr * shading;
            }
        }
        Noise.smooth(signal, n, n);
        Noise noise = new Noise(seed, 50_000 + index);
        short[] out = new short[signal.length];
        for (int i = 0; i < signal.length; i++) {
            float re = signal[i] + 25 * noise.next();
            float im = 25 * noise.next();
            out[i] = (short) Math.min(4095, Math.round(Math.sqrt(re * re + im * im)));
        }
        ds.put(Tags.PixelData, VR.OW, SeriesContext.littleEndian(out));
        return ds;
    }

    /**
     * A PET slice in Bq/ml (decay corrected to the start of the scan): uptake by tissue, sampled at twice the
     * resolution and averaged down, blurred to the scanner's ~7 mm resolution, with count noise.
     */
    Dataset pt(int index) {
        Dataset ds = common(PT, index);
        PetAttributes.add(ds, context, volume, index, tracer);
        int n = volume.size();
        byte[] fine = labels(index, 2);
        float[] suv = new float[n * n];
        for (int r = 0; r < 2 * n; r++) {
            for (int c = 0; c < 2 * n; c++) {
                suv[(r / 2) * n + c / 2] += Tissue.of(fine[r * 2 * n + c]).suv / 4;
            }
        }
        for (int pass = 0; pass < 3; pass++) {
            Noise.smooth(suv, n, n);
        }
        Noise noise = new Noise(seed, 60_000 + index);
        short[] out = new short[suv.length];
        for (int i = 0; i < suv.length; i++) {
            double v = Math.max(0, suv[i] + noise.next() * 0.12 * Math.sqrt(suv[i]));
            out[i] = (short) Math.min(65535, Math.round(v * BQML_PER_SUV / PET_SLOPE));
        }
        ds.put(Tags.PixelData, VR.OW, SeriesContext.littleEndian(out));
        return ds;
    }
}

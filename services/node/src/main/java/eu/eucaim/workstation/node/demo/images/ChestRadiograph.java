package eu.eucaim.workstation.node.demo.images;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;

/**
 * A 2048 x 2048 PA chest radiograph of the phantom (computed radiography, 12 bits stored, MONOCHROME1 as many
 * CR systems write it): line integrals of attenuation through the phantom, log-scaled, with quantum noise.
 */
final class ChestRadiograph {
    static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.1";
    static final int SIZE = 2048;
    static final double SPACING = 0.21;
    static final double TOP_Z = 40;

    private final Phantom phantom;
    private final SeriesContext context;
    private final DemoUids uids;
    private final long seed;
    private final int size;
    private final double spacing;

    ChestRadiograph(Phantom phantom, SeriesContext context, DemoUids uids, long seed) {
        this(phantom, context, uids, seed, SIZE, SPACING);
    }

    /** A radiograph of {@code size} x {@code size} pixels of {@code spacing} mm (the demo's: 2048 of 0.21). */
    ChestRadiograph(Phantom phantom, SeriesContext context, DemoUids uids, long seed, int size, double spacing) {
        this.phantom = phantom;
        this.context = context;
        this.uids = uids;
        this.seed = seed;
        this.size = size;
        this.spacing = spacing;
    }

    Dataset instance() {
        Dataset ds = context.instance(SOP_CLASS, uids.uid(size == SIZE ? "cr:0" : context.seriesUid() + ":0"), 1);
        ds.put(Tags.ImageType, VR.CS, "DERIVED", "PRIMARY");
        ds.put(Attr.KVP, VR.DS, 125);
        ds.put(Attr.DistanceSourceToDetector, VR.DS, 1800);
        ds.put(Attr.ExposureTime, VR.IS, 10);
        ds.put(Attr.XRayTubeCurrent, VR.IS, 320);
        ds.put(Attr.ImagerPixelSpacing, VR.DS, spacing, spacing);
        ds.put(Attr.ViewPosition, VR.CS, "PA");
        ds.put(Attr.PatientOrientation, VR.CS, "L", "F");
        SeriesContext.grayscale(ds, size, size, 12, false, "MONOCHROME1");
        ds.put(Tags.PixelSpacing, VR.DS, spacing, spacing);
        ds.put(Tags.WindowCenter, VR.DS, 2000);
        ds.put(Tags.WindowWidth, VR.DS, 3400);
        ds.put(Tags.PixelData, VR.OW, SeriesContext.littleEndian(pixels()));
        return ds;
    }

    private short[] pixels() {
        double x0 = -size * spacing / 2 + spacing / 2;
        double[] integral = phantom.projectionAlongY(x0, TOP_Z, spacing, size, size);
        Noise noise = new Noise(seed, 30_000);
        short[] out = new short[integral.length];
        for (int i = 0; i < integral.length; i++) {
            // More attenuation → higher "brightness" value; MONOCHROME1 stores its complement.
            double bright = 250 + 600 * integral[i] + 10 * noise.next();
            out[i] = (short) Math.max(0, Math.min(4095, Math.round(4095 - bright)));
        }
        return out;
    }
}

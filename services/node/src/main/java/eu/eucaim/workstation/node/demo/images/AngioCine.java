package eu.eucaim.workstation.node.demo.images;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A multi-frame X-ray angiography cine: 512 x 512, 8 bits, 40 frames at 15 frames/s. Contrast flows into a
 * branching vessel tree from a catheter tip and washes out again, while the tree moves with a heartbeat.
 */
final class AngioCine {
    static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.12.1";
    static final int SIZE = 512;
    static final int FRAMES = 40;
    static final double FRAME_TIME_MS = 1000.0 / 15;

    private record Segment(double x0, double y0, double x1, double y1, double width, double distance) {}

    private final SeriesContext context;
    private final DemoUids uids;
    private final long seed;
    private final List<Segment> tree = new ArrayList<>();

    AngioCine(SeriesContext context, DemoUids uids, long seed) {
        this.context = context;
        this.uids = uids;
        this.seed = seed;
        grow(new SplittableRandom(seed + 77), 110, 150, 0.35, 9, 0, 0);
    }

    private void grow(
            SplittableRandom random, double x, double y, double angle, double width, double distance, int depth) {
        double a = angle;
        while (width > 1.4 && x > 10 && y > 10 && x < SIZE - 10 && y < SIZE - 10) {
            a += (random.nextDouble() - 0.5) * 0.45;
            double len = 10 + random.nextDouble() * 6;
            double nx = x + Math.cos(a) * len;
            double ny = y + Math.sin(a) * len;
            tree.add(new Segment(x, y, nx, ny, width, distance));
            distance += len;
            x = nx;
            y = ny;
            width *= 0.95;
            if (depth < 5 && random.nextInt(4) == 0) {
                double side = random.nextBoolean() ? 1 : -1;
                grow(random, x, y, a + side * (0.5 + random.nextDouble() * 0.5), width * 0.8, distance, depth + 1);
            }
        }
    }

    Dataset instance() {
        Dataset ds = context.instance(SOP_CLASS, uids.uid("xa:0"), 1);
        ds.put(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "SINGLE PLANE");
        ds.put(Attr.CineRate, VR.IS, 15);
        ds.put(Attr.KVP, VR.DS, 80);
        ds.put(Attr.DistanceSourceToDetector, VR.DS, 1100);
        ds.put(Attr.ExposureTime, VR.IS, 6);
        ds.put(Attr.XRayTubeCurrent, VR.IS, 800);
        ds.put(Attr.FrameTime, VR.DS, Math.round(FRAME_TIME_MS * 100) / 100.0);
        ds.put(Attr.ImagerPixelSpacing, VR.DS, 0.3, 0.3);
        ds.put(Attr.PositionerMotion, VR.CS, "STATIC");
        ds.put(Attr.PositionerPrimaryAngle, VR.DS, -30);
        ds.put(Attr.PositionerSecondaryAngle, VR.DS, 20);
        ds.put(Attr.PatientOrientation, VR.CS, "");
        SeriesContext.grayscale(ds, SIZE, SIZE, 8, false, "MONOCHROME2");
        ds.put(Tags.NumberOfFrames, VR.IS, FRAMES);
        ds.put(Attr.FrameIncrementPointer, VR.AT, Attr.FrameTime);
        ds.put(Attr.PixelIntensityRelationship, VR.CS, "LIN");
        ds.put(Tags.WindowCenter, VR.DS, 128);
        ds.put(Tags.WindowWidth, VR.DS, 256);
        byte[] pixels = new byte[SIZE * SIZE * FRAMES];
        for (int f = 0; f < FRAMES; f++) {
            frame(f, pixels, f * SIZE * SIZE);
        }
        ds.put(Tags.PixelData, VR.OB, pixels);
        return ds;
    }

    private void frame(int f, byte[] out, int offset) {
        float[] opacity = new float[SIZE * SIZE];
        double beat = 2 * Math.PI * f / 12.0;
        double shiftX = 5 * Math.sin(beat);
        double shiftY = 3 * Math.cos(beat);
        // The contrast front advances 28 px per frame; from frame 26 the whole tree washes out.
        double front = 28.0 * f;
        double washout = f < 26 ? 1 : Math.max(0, 1 - (f - 26) / 14.0);
        for (Segment s : tree) {
            double fill = Math.max(0, Math.min(1, (front - s.distance()) / 40)) * washout;
            paint(opacity, s.x0() + shiftX, s.y0() + shiftY, s.x1() + shiftX, s.y1() + shiftY, s.width() / 2, fill);
        }
        // The catheter stays visible all the time.
        paint(opacity, 0, 470, 110 + shiftX, 150 + shiftY, 2.5, 0.7);
        Noise noise = new Noise(seed, 20_000 + f);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double dx = (x - 300) / 170.0;
                double dy = (y - 270) / 190.0;
                double background = 205 - 55 * Math.exp(-(dx * dx + dy * dy)) - (Math.abs(x - 420) < 28 ? 22 : 0);
                double v = background * (1 - 0.6 * opacity[y * SIZE + x]) + 2.5 * noise.next();
                out[offset + y * SIZE + x] = (byte) Math.max(0, Math.min(255, Math.round(v)));
            }
        }
    }

    /** The projected thickness of a round vessel of radius r along a segment, times its contrast fill. */
    private static void paint(float[] opacity, double x0, double y0, double x1, double y1, double r, double fill) {
        if (fill <= 0) {
            return;
        }
        int minX = Math.max(0, (int) Math.floor(Math.min(x0, x1) - r));
        int maxX = Math.min(SIZE - 1, (int) Math.ceil(Math.max(x0, x1) + r));
        int minY = Math.max(0, (int) Math.floor(Math.min(y0, y1) - r));
        int maxY = Math.min(SIZE - 1, (int) Math.ceil(Math.max(y0, y1) + r));
        double vx = x1 - x0;
        double vy = y1 - y0;
        double len2 = vx * vx + vy * vy;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * vx + (y - y0) * vy) / len2));
                double dx = x - (x0 + t * vx);
                double dy = y - (y0 + t * vy);
                double d2 = (dx * dx + dy * dy) / (r * r);
                if (d2 < 1) {
                    float o = (float) (Math.sqrt(1 - d2) * fill);
                    int i = y * SIZE + x;
                    if (o > opacity[i]) {
                        opacity[i] = o;
                    }
                }
            }
        }
    }
}

package eu.eucaim.workstation.node.demo.images;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;
import java.util.SplittableRandom;

/**
 * A screening mammogram, for presentation: cranio-caudal and medio-lateral oblique views of both breasts (R CC, L
 * CC, R MLO, L MLO, the usual hanging order), each a compressed breast against the chest wall with a skin line,
 * nipple, fibroglandular tissue of seeded texture, the pectoral muscle in the oblique views, and in one breast a
 * spiculated mass with a few calcifications, seen in both its views (the finding).
 */
final class Mammogram {
    static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.1.2";
    static final int ROWS = 1024;
    static final int COLS = 800;
    static final double SPACING = 0.2;
    static final int VIEWS = 4;

    /** One view: its side, whether oblique, its codes and orientation. */
    record View(boolean right, boolean oblique) {
        static View of(int index) {
            return new View(index % 2 == 0, index >= 2);
        }

        String name() {
            return (right ? "R" : "L") + " " + (oblique ? "MLO" : "CC");
        }

        String laterality() {
            return right ? "R" : "L";
        }

        /** Rows go to the patient's feet (oblique) or medially; columns towards the chest wall or away from it. */
        String[] orientation() {
            return right ? new String[] {"P", oblique ? "FL" : "L"} : new String[] {"A", oblique ? "FR" : "R"};
        }
    }

    private final SeriesContext context;
    private final DemoUids uids;
    private final long seed;
    private final boolean massRight;
    /** Where the mass is: distance from the chest wall and offset along it (mm), per view kind. */
    private final double massDepth;

    private final double massOffsetCc;
    private final double massOffsetMlo;

    Mammogram(SeriesContext context, DemoUids uids, long seed) {
        this.context = context;
        this.uids = uids;
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        this.massRight = massOnRight(seed);
        this.massDepth = 45 + r.nextDouble() * 25;
        this.massOffsetCc = -25 + r.nextDouble() * 40;
        this.massOffsetMlo = -30 + r.nextDouble() * 30;
    }

    /** The breast with the mass; the chest of the same patient ({@link BodyPhantom}) has it on the same side. */
    static boolean massOnRight(long seed) {
        return Math.floorMod(seed * 0x9E3779B97F4A7C15L >>> 7, 2) == 0;
    }

    /** The side of the mass, for the finding's description. */
    String finding() {
        return (massRight ? "right" : "left") + " breast spiculated mass, 14 mm, with calcifications";
    }

    /** The index of the view to open on: the oblique view of the breast with the mass. */
    int keyIndex() {
        return massRight ? 2 : 3;
    }

    Dataset view(int index) {
        View v = View.of(index);
        Dataset ds = context.instance(SOP_CLASS, uids.uid(context.seriesUid() + ":" + index), index + 1);
        MammographyAttributes.add(ds, v, COLS, ROWS, SPACING);
        ds.put(Tags.PixelData, VR.OW, SeriesContext.littleEndian(pixels(v, index)));
        return ds;
    }

    private short[] pixels(View v, int index) {
        double depth = v.oblique() ? 118 : 98; // chest wall to nipple, mm
        double half = v.oblique() ? 92 : 78; // half height along the chest wall, mm
        double centre = (v.oblique() ? 0.44 : 0.5) * ROWS * SPACING;
        // The same breast gives both its views their texture; the other breast has its own.
        Texture texture = new Texture(seed * 2 + (v.right() ? 1 : 0));
        Noise noise = new Noise(seed, 70_000 + index);
        boolean mass = v.right() == massRight;
        double mt = centre + (v.oblique() ? massOffsetMlo : massOffsetCc);
        short[] out = new short[ROWS * COLS];
        for (int r = 0; r < ROWS; r++) {
            double t = r * SPACING;
            for (int c = 0; c < COLS; c++) {
                double x = c * SPACING;
                double d = v.right() ? COLS * SPACING - x : x; // distance from the chest wall
                double att = attenuation(v, d, t, depth, half, centre, texture);
                if (mass && att > 0) {
                    att += massAttenuation(d - massDepth, t - mt);
                }
                double value = att <= 0 ? 60 : 700 + 2600 * Math.min(1.2, att);
                out[r * COLS + c] = (short) Math.max(0, Math.min(4095, Math.round(value + 18 * noise.next())));
            }
        }
        return out;
    }

    /** Relative attenuation of the compressed breast at (d, t): 0 outside, about 0.2 fat … 1 dense tissue. */
    private static double attenuation(
            View v, double d, double t, double depth, double half, double centre, Texture texture) {
        double u = d / depth;
        double w = (t - centre) / half;
        if (v.oblique()) {
            // The oblique view: the axillary tail reaches up along the chest wall.
            w = (t - centre) / (half * (1 + 0.6 * Math.max(0, 1 - u) * (t < centre ? 1 : 0)));
        }
        double rho = u * u + w * w;
        if (rho >= 1 || d < 0) {
            // The nipple, a small bump at the apex.
            double nd = d - depth;
            double nt = t - centre;
            return nd >= 0 && nd < 5 && Math.abs(nt) < 6 - nd ? 0.35 : 0;
        }
        double thickness = Math.min(1, 3 * Math.sqrt(1 - rho));
        double skin = rho > 0.985 ? 0.15 : 0;
        double gland = texture.density(d, t) * Math.max(0, 1 - 1.15 * rho) * (0.6 + 0.4 * u);
        double att = thickness * (0.22 + 0.62 * gland) + skin;
        if (v.oblique() && d < 38 * (1 - t / (centre + 30))) {
            att = Math.max(att, 0.9); // the pectoral muscle, a bright wedge at the top against the chest wall
        }
        return att;
    }

    /** A dense round core of 7 mm radius with spicules, and a few calcifications beside it. */
    private static double massAttenuation(double dx, double dy) {
        double r = Math.hypot(dx, dy);
        double a = 0;
        if (r < 7) {
            a += 0.45 * (1 - (r / 7) * (r / 7) * 0.5);
        } else if (r < 20) {
            double angle = Math.atan2(dy, dx);
            double spoke = Math.abs(Math.sin(angle * 7 + 0.5));
            if (spoke < 0.08 * 7 / r) {
                a += 0.25 * (1 - r / 20);
            }
        }
        for (int k = 0; k < 6; k++) {
            double cx = 10 + 2.2 * k;
            double cy = -6 + 3.1 * ((k * 7) % 5);
            if (Math.hypot(dx - cx, dy - cy) < 0.45) {
                a += 0.8;
            }
        }
        return a;
    }

    /** Fibroglandular density 0..1: smooth value noise at three scales from a seeded lattice. */
    static final class Texture {
        private static final int N = 64;
        private final float[] lattice = new float[N * N];

        Texture(long seed) {
            SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 3);
            for (int i = 0; i < lattice.length; i++) {
                lattice[i] = (float) r.nextDouble();
            }
        }

        double density(double d, double t) {
            double v = 0.55 * at(d / 22, t / 22) + 0.3 * at(d / 8 + 17, t / 8 + 5) + 0.15 * at(d / 3 + 3, t / 3 + 29);
            return Math.max(0, Math.min(1, (v - 0.35) * 1.8));
        }

        private double at(double x, double y) {
            int x0 = (int) Math.floor(x);
            int y0 = (int) Math.floor(y);
            double fx = x - x0;
            double fy = y - y0;
            fx = fx * fx * (3 - 2 * fx);
            fy = fy * fy * (3 - 2 * fy);
            double a = cell(x0, y0) + (cell(x0 + 1, y0) - cell(x0, y0)) * fx;
            double b = cell(x0, y0 + 1) + (cell(x0 + 1, y0 + 1) - cell(x0, y0 + 1)) * fx;
            return a + (b - a) * fy;
        }

        private float cell(int x, int y) {
            return lattice[Math.floorMod(y, N) * N + Math.floorMod(x, N)];
        }
    }
}

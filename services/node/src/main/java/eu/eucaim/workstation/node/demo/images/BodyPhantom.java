package eu.eucaim.workstation.node.demo.images;

import static eu.eucaim.workstation.node.demo.images.Tissue.*;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The anatomy of the demo phantom, head to pelvis, in patient coordinates (LPS, mm; z up, 0 near the sternal
 * notch): skull with diploe, grey and white matter, ventricles and a peripheral haematoma; neck with trachea;
 * thorax with ribs, sternum, heart, aorta, lungs with vessel trees and a nodule; abdomen with liver (and a
 * hypodense lesion), spleen, stomach gas, kidneys, psoas and bowel loops; the spine throughout. The seed moves
 * the vessel trees, ribs' phase, lesions and bowel loops a little, nothing else.
 */
final class BodyPhantom {
    static final double VERTEX_Z = 262;
    static final double HEAD_CZ = 150;

    private final List<Shape> shapes = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final SplittableRandom random;

    private BodyPhantom(long seed) {
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
    }

    static Phantom build(long seed) {
        return build(seed, false);
    }

    /**
     * With {@code breasts}, a woman's chest: two breasts in front of the thorax, one with an irregular mass (drawn
     * after everything else, so the rest of the phantom is the same for the seed).
     */
    static Phantom build(long seed, boolean breasts) {
        BodyPhantom b = new BodyPhantom(seed);
        b.head();
        b.neck();
        b.thorax();
        b.abdomen();
        if (breasts) {
            b.breasts(seed);
        }
        // Findings in the order drawn: the nodule, the larger liver lesion, a breast mass.
        return new Phantom(b.shapes, b.findings);
    }

    /** Two breasts of fat and fibroglandular tissue with fatty lobules; one holds a mass (a finding). */
    private void breasts(long seed) {
        int massSide = Mammogram.massOnRight(seed) ? -1 : 1; // x grows to the patient's left
        for (int side = -1; side <= 1; side += 2) {
            double cx = side * 62;
            add(Shape.ellipsoid(FAT, AIR, cx, -112, -120, 62, 48, 58));
            add(Shape.ellipsoid(GLAND, FAT, cx, -118, -118, 44, 32, 40));
            for (int i = 0; i < 10; i++) {
                add(Shape.ellipsoid(FAT, GLAND, cx + jitter(35), -118 + jitter(26), -118 + jitter(32), 6, 5, 7));
            }
            if (side == massSide) {
                double mx = cx + side * (12 + jitter(6));
                double my = -125 + jitter(6);
                double mz = -105 + jitter(8);
                add(Shape.ellipsoid(MASS, GLAND, mx, my, mz, 9, 8, 9));
                add(Shape.ellipsoid(MASS, FAT, mx, my, mz, 9, 8, 9));
                findings.add(new Finding((side < 0 ? "right" : "left") + " breast mass, 18 mm", mx, my, mz, 9));
            }
        }
    }

    private void add(Shape s) {
        shapes.add(s);
    }

    private double jitter(double mm) {
        return (random.nextDouble() * 2 - 1) * mm;
    }

    private void head() {
        double cz = HEAD_CZ;
        add(Shape.ellipsoid(FAT, AIR, 0, 0, cz, 78, 98, 112));
        add(Shape.ellipsoid(CORTEX, FAT, 0, 0, cz, 74, 94, 108));
        add(Shape.ellipsoid(MARROW, CORTEX, 0, 0, cz, 71.5, 91.5, 105.5));
        add(Shape.ellipsoid(CORTEX, MARROW, 0, 0, cz, 69, 89, 103));
        add(Shape.ellipsoid(GREY_MATTER, CORTEX, 0, 2, cz + 2, 66, 86, 100));
        add(Shape.ellipsoid(WHITE_MATTER, GREY_MATTER, 0, 6, cz + 12, 50, 68, 68));
        // Lateral ventricles and the frontal sinus.
        add(Shape.ellipsoid(CSF, WHITE_MATTER, -11, -2, cz + 15, 6, 28, 16));
        add(Shape.ellipsoid(CSF, WHITE_MATTER, 11, -2, cz + 15, 6, 28, 16));
        add(Shape.ellipsoid(CSF, WHITE_MATTER, 0, 22, cz + 8, 3, 6, 10));
        add(Shape.ellipsoid(AIR, MARROW, 0, -92, cz - 25, 18, 5, 14));
        // A lens of fresh blood under the right parietal bone (subdural / stroke windows).
        add(Shape.ellipsoid(HAEMATOMA, GREY_MATTER, -60 + jitter(2), -5 + jitter(8), cz + 30 + jitter(8), 14, 42, 36));
        // Eyes in front of the lower head.
        for (int side = -1; side <= 1; side += 2) {
            add(Shape.ellipsoid(FAT, AIR, side * 32, -88, cz - 55, 22, 22, 20));
            add(Shape.sphere(VITREOUS, FAT, side * 32, -90, cz - 55, 12));
        }
    }

    private void neck() {
        add(Shape.cylinder(FAT, AIR, 0, 10, 55, 60, -15, 60));
        add(Shape.cylinder(MUSCLE, FAT, 0, 10, 48, 53, -15, 60));
        add(Shape.cylinder(AIR, MUSCLE, 0, -22, 9, 8, -60, 45));
        vertebrae(0, 25, 11, 10, -15, 60, MUSCLE);
        add(Shape.cylinder(BLOOD, MUSCLE, -24, -10, 6, 6, -15, 60));
        add(Shape.cylinder(BLOOD, MUSCLE, 24, -10, 6, 6, -15, 60));
    }

    private void thorax() {
        double top = -15;
        double bottom = -250;
        add(Shape.cylinder(FAT, AIR, 0, 10, 165, 115, bottom, top));
        add(Shape.cylinder(MUSCLE, FAT, 0, 10, 152, 102, bottom, top));
        ribs();
        add(Shape.cylinder(CORTEX, MUSCLE, 0, -88, 15, 7, -190, -35));
        add(Shape.cylinder(MARROW, CORTEX, 0, -88, 12, 4.5, -190, -35));
        vertebrae(0, 72, 17, 15, bottom, top, MUSCLE);
        // Heart in its fat, then the great vessels.
        add(Shape.ellipsoid(FAT, MUSCLE, 18, -30, -188, 68, 56, 58));
        add(Shape.ellipsoid(MUSCLE, FAT, 18, -30, -188, 64, 52, 55));
        add(Shape.ellipsoid(BLOOD, MUSCLE, 20, -32, -186, 52, 41, 46));
        add(Shape.cylinder(BLOOD, MUSCLE, 4, -25, 14, 14, -150, -75));
        tube(BLOOD, MUSCLE, 13, arc(4, -25, 22, 40, -75, 36));
        add(Shape.cylinder(BLOOD, MUSCLE, 22, 40, 12, 12, bottom, -75));
        // The liver dome under the right lung, drawn before the lungs so the diaphragm shapes them.
        add(Shape.ellipsoid(LIVER, MUSCLE, -55, 5, -285, 88, 82, 92));
        add(Shape.ellipsoid(LUNG, MUSCLE, -78, 8, -135, 68, 88, 122));
        add(Shape.ellipsoid(LUNG, MUSCLE, 82, 8, -140, 62, 88, 115));
        // Bronchi from the carina.
        tube(AIR, LUNG, 5, List.of(new double[] {0, -22, -60}, new double[] {-45, 0, -95}));
        tube(AIR, LUNG, 5, List.of(new double[] {0, -22, -60}, new double[] {45, 0, -100}));
        vesselTrees(-60, 0, -130, -78, 8, -135, 68, 88, 122);
        vesselTrees(62, 0, -135, 82, 8, -140, 62, 88, 115);
        double nx = -92 + jitter(6);
        double ny = -25 + jitter(6);
        double nz = -105 + jitter(8);
        add(Shape.sphere(NODULE, LUNG, nx, ny, nz, 9));
        findings.add(new Finding("right upper lobe nodule, 18 mm", nx, ny, nz, 9));
    }

    private void abdomen() {
        double top = -250;
        double bottom = -490;
        add(Shape.cylinder(FAT, AIR, 0, 10, 160, 118, bottom, top));
        add(Shape.cylinder(MUSCLE, FAT, 0, 10, 149, 107, bottom, top));
        add(Shape.cylinder(FAT, MUSCLE, 0, 6, 136, 92, bottom, top));
        for (int side = -1; side <= 1; side += 2) {
            add(Shape.cylinder(MUSCLE, FAT, side * 38, 88, 26, 18, bottom, top));
            add(Shape.cylinder(MUSCLE, FAT, side * 42, 48, 17, 15, bottom, -330));
        }
        vertebrae(0, 58, 22, 18, bottom, top, FAT);
        add(Shape.ellipsoid(LIVER, FAT, -55, 5, -285, 88, 82, 92));
        double lx = -72 + jitter(8);
        double ly = -8 + jitter(8);
        double lz = -300 + jitter(10);
        add(Shape.sphere(LESION, LIVER, lx, ly, lz, 16));
        findings.add(new Finding("liver metastasis, 32 mm", lx, ly, lz, 16));
        add(Shape.sphere(LESION, LIVER, -35 + jitter(6), 20 + jitter(6), -270 + jitter(8), 7));
        tree(BLOOD, LIVER, -30, 20, -285, 5, 6, -55, 5, -285, 88, 82, 92);
        add(Shape.ellipsoid(SPLEEN, FAT, 98, 48, -290, 34, 52, 58));
        add(Shape.ellipsoid(MUSCLE, FAT, 52, -30, -285, 46, 40, 52));
        add(Shape.ellipsoid(AIR, MUSCLE, 52, -48, -272, 36, 20, 30));
        add(Shape.ellipsoid(CSF, MUSCLE, 52, -20, -300, 38, 26, 34));
        for (int side = -1; side <= 1; side += 2) {
            add(Shape.ellipsoid(KIDNEY, FAT, side * 68, 52, -355, 27, 30, 55));
            add(Shape.ellipsoid(FAT, KIDNEY, side * 58, 46, -355, 8, 10, 24));
        }
        add(Shape.cylinder(BLOOD, FAT, 18, 32, 11, 11, bottom, top));
        add(Shape.cylinder(BLOOD, FAT, -22, 32, 14, 10, bottom, -330));
        bowel(bottom);
    }

    private void bowel(double bottom) {
        for (int i = 0; i < 28; i++) {
            double x = jitter(95);
            double y = -40 + jitter(45);
            double z = -440 + jitter(45);
            double r = 12 + random.nextDouble() * 8;
            add(Shape.ellipsoid(MUSCLE, FAT, x, y, z, r, r * 0.9, r * 1.6));
            add(Shape.ellipsoid(random.nextInt(3) == 0 ? AIR : CSF, MUSCLE, x, y, z, r - 3, r * 0.9 - 3, r * 1.6 - 3));
        }
    }

    /** Vertebral bodies with discs every 28 mm and a canal behind them. */
    private void vertebrae(double cx, double cy, double ax, double ay, double z0, double z1, Tissue around) {
        add(Shape.cylinder(CORTEX, around, cx, cy, ax, ay, z0, z1));
        add(Shape.cylinder(CORTEX, around, cx, cy + ay + 10, ax * 0.8, 12, z0, z1));
        double phase = Math.floorMod((long) z0, 28);
        for (double z = z0 - phase; z < z1; z += 28) {
            add(Shape.cylinder(DISC, CORTEX, cx, cy, ax, ay, Math.max(z0, z), Math.min(z1, z + 6)));
        }
        add(Shape.cylinder(MARROW, CORTEX, cx, cy, ax - 2.5, ay - 2.5, z0, z1));
        add(Shape.cylinder(CSF, CORTEX, cx, cy + ay + 10, 7, 7, z0, z1));
    }

    /** Twelve pairs of ribs: arcs from the spine round to the front, sloping down. */
    private void ribs() {
        double phase = jitter(3);
        for (int k = 0; k < 12; k++) {
            double zBack = -30 - 19 * k + phase;
            for (int side = -1; side <= 1; side += 2) {
                List<double[]> path = new ArrayList<>();
                for (int deg = 12; deg <= 150; deg += 2) {
                    double th = Math.toRadians(deg);
                    double rx = 138 - 4 * Math.max(0, 4 - k);
                    path.add(new double[] {
                        side * rx * Math.sin(th), 10 + 92 * Math.cos(th), zBack - 42 * (deg - 12) / 138.0
                    });
                }
                tube(CORTEX, MUSCLE, 3.6, path);
            }
        }
    }

    /** Points along a horizontal arc from (x0, y0) to (x1, y1) bulging upwards by height. */
    private static List<double[]> arc(double x0, double y0, double x1, double y1, double z, double height) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            double t = i / 20.0;
            points.add(new double[] {x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, z + height * Math.sin(Math.PI * t)});
        }
        return points;
    }

    /** A tube of spheres along a polyline, spaced at a quarter of the radius so the wall stays smooth. */
    private void tube(Tissue t, Tissue over, double radius, List<double[]> path) {
        for (int i = 0; i + 1 < path.size(); i++) {
            double[] a = path.get(i);
            double[] b = path.get(i + 1);
            double len = Math.sqrt(sq(b[0] - a[0]) + sq(b[1] - a[1]) + sq(b[2] - a[2]));
            int steps = Math.max(1, (int) Math.ceil(len / (radius / 4)));
            double spacing = len / steps;
            for (int s = i == 0 ? 0 : 1; s <= steps; s++) {
                double f = s / (double) steps;
                add(Shape.tubeSphere(
                        t,
                        over,
                        a[0] + (b[0] - a[0]) * f,
                        a[1] + (b[1] - a[1]) * f,
                        a[2] + (b[2] - a[2]) * f,
                        radius,
                        spacing));
            }
        }
    }

    private void vesselTrees(
            double hx, double hy, double hz, double cx, double cy, double cz, double ax, double ay, double az) {
        tree(BLOOD, LUNG, hx, hy, hz, 4.5, 26, cx, cy, cz, ax, ay, az);
    }

    /**
     * Branching vessels from a hilum: random walks that thin out, fork now and then, and stop at the organ's
     * surface (the ellipsoid c, a) or when thinner than a millimetre.
     */
    private void tree(
            Tissue t,
            Tissue over,
            double hx,
            double hy,
            double hz,
            double radius,
            int trunks,
            double cx,
            double cy,
            double cz,
            double ax,
            double ay,
            double az) {
        record Tip(double x, double y, double z, double dx, double dy, double dz, double r) {}
        List<Tip> tips = new ArrayList<>();
        for (int i = 0; i < trunks; i++) {
            double[] d = unit(cx - hx + jitter(ax), cy - hy + jitter(ay), cz - hz + jitter(az));
            tips.add(new Tip(
                    hx + jitter(8),
                    hy + jitter(8),
                    hz + jitter(12),
                    d[0],
                    d[1],
                    d[2],
                    radius * (0.8 + 0.2 * random.nextDouble())));
        }
        int budget = 4000;
        while (!tips.isEmpty() && budget-- > 0) {
            Tip tip = tips.remove(tips.size() - 1);
            double step = Math.max(2, tip.r() * 1.2);
            double[] d = unit(tip.dx() + jitter(0.35), tip.dy() + jitter(0.35), tip.dz() + jitter(0.35));
            double x = tip.x() + d[0] * step;
            double y = tip.y() + d[1] * step;
            double z = tip.z() + d[2] * step;
            if (sq((x - cx) / ax) + sq((y - cy) / ay) + sq((z - cz) / az) > 0.92) {
                continue;
            }
            tube(t, over, tip.r(), List.of(new double[] {tip.x(), tip.y(), tip.z()}, new double[] {x, y, z}));
            double r = tip.r() * 0.965;
            if (r < 0.9) {
                continue;
            }
            tips.add(new Tip(x, y, z, d[0], d[1], d[2], r));
            if (random.nextInt(6) == 0) {
                double[] fork = unit(d[0] + jitter(1), d[1] + jitter(1), d[2] + jitter(1));
                tips.add(new Tip(x, y, z, fork[0], fork[1], fork[2], r * 0.75));
            }
        }
    }

    private static double[] unit(double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return n == 0 ? new double[] {0, 0, -1} : new double[] {x / n, y / n, z / n};
    }

    private static double sq(double v) {
        return v * v;
    }
}

package eu.eucaim.workstation.node.demo.images;

import static eu.eucaim.workstation.node.demo.images.Tissue.*;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A pelvis in patient coordinates (LPS, mm; z up, continuing the body phantom's abdomen below z = -460): hip bones,
 * femoral heads in their acetabula, sacrum and coccyx, pubic symphysis, gluteal, obturator and levator muscles,
 * iliac vessels, the bladder, the rectum in its mesorectal fat, and either a prostate with a peripheral-zone lesion
 * or a rectal tumour (the finding). The seed moves the lesion and varies the sizes a little.
 */
final class PelvisPhantom {
    /** Height of the middle of the prostate (and of the rectal tumour's range). */
    static final double PROSTATE_Z = -560;

    /** The finding a pelvis carries. */
    enum Lesion {
        PROSTATE,
        RECTUM
    }

    private final List<Shape> shapes = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final SplittableRandom random;

    private PelvisPhantom(long seed) {
        this.random = new SplittableRandom(seed * 0xD1B54A32D192ED03L + 29);
    }

    /** A male pelvis has a prostate (and seminal vesicles); a female one a uterus behind the bladder. */
    static Phantom build(long seed, boolean male, Lesion lesion) {
        PelvisPhantom p = new PelvisPhantom(seed);
        p.body();
        p.bones();
        p.organs(male);
        if (lesion == Lesion.PROSTATE && male) {
            p.prostateLesion();
        } else {
            p.rectalTumour();
        }
        p.muscles();
        return new Phantom(p.shapes, p.findings);
    }

    private void add(Shape s) {
        shapes.add(s);
    }

    private double jitter(double mm) {
        return (random.nextDouble() * 2 - 1) * mm;
    }

    private void body() {
        double k = 1 + jitter(0.06);
        add(Shape.cylinder(FAT, AIR, 0, 12, 178 * k, 128 * k, -660, -460));
        for (int side = -1; side <= 1; side += 2) {
            // Rectus abdominis in front, gluteus maximus behind, iliopsoas along the pelvic brim.
            add(Shape.cylinder(MUSCLE, FAT, side * 32, -98 * k, 26, 10, -560, -460));
            add(Shape.cylinder(MUSCLE, FAT, side * 82, 78, 62, 42, -640, -470));
            add(Shape.cylinder(MUSCLE, FAT, side * 74, -34, 22, 20, -540, -460));
            add(Shape.cylinder(BLOOD, FAT, side * 56, -52, 6, 6, -545, -460));
            add(Shape.cylinder(BLOOD, FAT, side * 66, -44, 8, 7, -545, -460));
        }
    }

    private void bones() {
        for (int side = -1; side <= 1; side += 2) {
            // Iliac wings above, the acetabulum round the femoral head, the femur below, the ischium behind.
            add(Shape.cylinder(CORTEX, MUSCLE, side * 100, 38, 16, 52, -510, -460));
            add(Shape.cylinder(CORTEX, FAT, side * 100, 38, 16, 52, -510, -460));
            add(Shape.cylinder(MARROW, CORTEX, side * 100, 38, 11, 46, -510, -460));
            add(Shape.ellipsoid(CORTEX, FAT, side * 86, 4, -528, 31, 31, 32));
            add(Shape.ellipsoid(CORTEX, MUSCLE, side * 86, 4, -528, 31, 31, 32));
            add(Shape.sphere(DISC, CORTEX, side * 88, 4, -528, 26));
            add(Shape.sphere(CORTEX, DISC, side * 88, 4, -528, 24));
            add(Shape.sphere(MARROW, CORTEX, side * 88, 4, -528, 21.5));
            add(Shape.cylinder(CORTEX, FAT, side * 104, 8, 17, 17, -660, -548));
            add(Shape.cylinder(CORTEX, MUSCLE, side * 104, 8, 17, 17, -660, -548));
            add(Shape.cylinder(MARROW, CORTEX, side * 104, 8, 11, 11, -660, -548));
            add(Shape.cylinder(CORTEX, FAT, side * 62, 26, 15, 24, -615, -550));
            add(Shape.cylinder(MARROW, CORTEX, side * 62, 26, 11, 19, -615, -550));
            // The pubic bones meet in front of the bladder neck.
            add(Shape.cylinder(CORTEX, FAT, side * 13, -70, 13, 10, -590, -545));
            add(Shape.cylinder(MARROW, CORTEX, side * 13, -70, 9, 7, -590, -545));
        }
        add(Shape.cylinder(DISC, CORTEX, 0, -70, 2, 9, -590, -545));
        add(Shape.cylinder(CORTEX, FAT, 0, 76, 44, 20, -530, -460));
        add(Shape.cylinder(CORTEX, MUSCLE, 0, 76, 44, 20, -530, -460));
        add(Shape.cylinder(MARROW, CORTEX, 0, 76, 40, 16, -530, -460));
        add(Shape.cylinder(CORTEX, FAT, 0, 64, 11, 8, -575, -530));
        add(Shape.cylinder(CSF, MARROW, 0, 82, 8, 5, -500, -460));
    }

    private void organs(boolean male) {
        double bladder = 1 + jitter(0.15);
        add(Shape.ellipsoid(MUSCLE, FAT, 0, -30, -505, 48 * bladder, 38 * bladder, 34));
        add(Shape.ellipsoid(URINE, MUSCLE, 0, -30, -505, 44 * bladder, 34 * bladder, 30));
        // The rectum: a wall round a lumen with a little gas, from the anal canal up into the sigmoid.
        add(Shape.cylinder(RECTAL_WALL, FAT, 0, 26, 17, 15, -620, -470));
        add(Shape.cylinder(AIR, RECTAL_WALL, 0, 26, 11, 9, -605, -470));
        if (male) {
            add(Shape.ellipsoid(PROSTATE_PZ, FAT, 0, -22, PROSTATE_Z, 23, 17, 20));
            add(Shape.ellipsoid(PROSTATE_TZ, PROSTATE_PZ, 0, -27, PROSTATE_Z + 4, 15, 10, 15));
            add(Shape.sphere(URINE, PROSTATE_TZ, 0, -28, PROSTATE_Z + 4, 2.5));
            for (int side = -1; side <= 1; side += 2) {
                add(Shape.ellipsoid(CSF, FAT, side * 20, 4, -530, 16, 6, 9));
            }
        } else {
            add(Shape.ellipsoid(MUSCLE, FAT, 0, 2, -535, 30, 20, 32));
            add(Shape.ellipsoid(CSF, MUSCLE, 0, 2, -532, 14, 3, 18));
        }
    }

    private void prostateLesion() {
        int side = random.nextBoolean() ? -1 : 1;
        double x = side * (12 + jitter(3));
        double y = -14 + jitter(2);
        double z = PROSTATE_Z + jitter(8);
        double r = 6.5 + jitter(1.5);
        add(Shape.sphere(PROSTATE_LESION, PROSTATE_PZ, x, y, z, r));
        findings.add(new Finding(
                (side < 0 ? "right" : "left") + " peripheral zone lesion, " + Math.round(2 * r) + " mm", x, y, z, r));
    }

    private void rectalTumour() {
        double angle = random.nextDouble() * 2 * Math.PI;
        double x = 14 * Math.cos(angle);
        double y = 26 + 12 * Math.sin(angle);
        double z = -560 + jitter(12);
        for (Tissue over : List.of(RECTAL_WALL, FAT, AIR)) {
            add(Shape.ellipsoid(TUMOUR, over, x, y, z, 13, 11, 22));
        }
        findings.add(new Finding("rectal tumour, 44 mm long", x, y, z, 13));
    }

    /** Obturator internus along the side walls; the levator ani round the rectum and prostate below. */
    private void muscles() {
        for (int side = -1; side <= 1; side += 2) {
            add(Shape.cylinder(MUSCLE, FAT, side * 50, -8, 9, 34, -600, -530));
        }
        add(Shape.cylinder(MUSCLE, FAT, 0, 10, 32, 30, -620, -575));
    }
}

package eu.eucaim.workstation.node.demo.images;

/**
 * One axis-aligned solid of the phantom in patient coordinates (LPS, mm): an ellipsoid or an elliptic cylinder
 * along z. It is painted as {@code tissue} only where the phantom is {@code replaces} so far, which keeps
 * organs inside their containers; {@code replaces} also gives the attenuation difference for projections.
 *
 * @param cylinder         when true the solid is an elliptic cylinder from {@code cz - az} to {@code cz + az}
 * @param projectionWeight how much of its attenuation counts in a projection: below 1 for the overlapping
 *                         spheres that make up a tube, so the tube projects like one solid cylinder
 */
record Shape(
        Tissue tissue,
        Tissue replaces,
        boolean cylinder,
        double cx,
        double cy,
        double cz,
        double ax,
        double ay,
        double az,
        double projectionWeight) {

    static Shape ellipsoid(
            Tissue t, Tissue replaces, double cx, double cy, double cz, double ax, double ay, double az) {
        return new Shape(t, replaces, false, cx, cy, cz, ax, ay, az, 1);
    }

    static Shape sphere(Tissue t, Tissue replaces, double cx, double cy, double cz, double r) {
        return new Shape(t, replaces, false, cx, cy, cz, r, r, r, 1);
    }

    /** One of a tube's spheres, spaced {@code spacing} apart along its axis. */
    static Shape tubeSphere(Tissue t, Tissue replaces, double cx, double cy, double cz, double r, double spacing) {
        // A sphere holds 4/3 pi r^3; the cylinder piece it stands for, pi r^2 * spacing.
        return new Shape(t, replaces, false, cx, cy, cz, r, r, r, Math.min(1, 3 * spacing / (4 * r)));
    }

    /** An elliptic cylinder from z0 to z1. */
    static Shape cylinder(Tissue t, Tissue replaces, double cx, double cy, double ax, double ay, double z0, double z1) {
        return new Shape(t, replaces, true, cx, cy, (z0 + z1) / 2, ax, ay, Math.abs(z1 - z0) / 2, 1);
    }

    double zMin() {
        return cz - az;
    }

    double zMax() {
        return cz + az;
    }

    /** Scale of the cross-section at height z (1 = full size), or 0 when the plane misses the solid. */
    double scaleAt(double z) {
        double d = (z - cz) / az;
        if (d <= -1 || d >= 1) {
            return cylinder && (d == -1 || d == 1) ? 1 : 0;
        }
        return cylinder ? 1 : Math.sqrt(1 - d * d);
    }

    /** Length in mm of the line along y through (x, z), 0 when it misses. */
    double chordAlongY(double x, double z) {
        double s = scaleAt(z);
        if (s == 0) {
            return 0;
        }
        double dx = (x - cx) / (ax * s);
        double t = 1 - dx * dx;
        return t <= 0 ? 0 : 2 * ay * s * Math.sqrt(t);
    }
}

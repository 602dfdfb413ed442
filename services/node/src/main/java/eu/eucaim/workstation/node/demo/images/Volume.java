package eu.eucaim.workstation.node.demo.images;

import java.util.List;

/**
 * Where an axial series samples a phantom: a square field of view of {@code fov} mm centred on (cx, cy), {@code
 * size} pixels across, {@code slices} slices from {@code zTop} down, {@code step} mm apart.
 */
record Volume(double cx, double cy, double fov, int size, double zTop, int slices, double step, double thickness) {
    double spacing() {
        return fov / size;
    }

    /** x of the first column's centre (and, with cy, y of the first row's). */
    double x0() {
        return cx - fov / 2 + spacing() / 2;
    }

    double y0() {
        return cy - fov / 2 + spacing() / 2;
    }

    double z(int index) {
        return zTop - index * step;
    }

    /**
     * The slice to open on: the one nearest the first finding inside the volume (its centre, not just its edge),
     * else the middle one.
     */
    int keyIndex(List<Finding> findings) {
        for (Finding f : findings) {
            double i = (zTop - f.z()) / step;
            if (i >= 0 && i <= slices - 1) {
                return (int) Math.round(i);
            }
        }
        return slices / 2;
    }

    /** The finding the key slice shows, or null when it is simply the middle. */
    Finding keyFinding(List<Finding> findings) {
        for (Finding f : findings) {
            double i = (zTop - f.z()) / step;
            if (i >= 0 && i <= slices - 1) {
                return f;
            }
        }
        return null;
    }
}

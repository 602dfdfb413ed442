package eu.eucaim.workstation.node.demo.images;

import java.util.ArrayList;
import java.util.List;

/**
 * A solid phantom: shapes painted in order, each only over the tissue it replaces. Samples it as axial label
 * slices (for CT and MR) and as line integrals of attenuation along y (for a projection radiograph).
 */
final class Phantom {
    private final List<Shape> shapes;
    private final List<Finding> findings;

    Phantom(List<Shape> shapes) {
        this(shapes, List.of());
    }

    Phantom(List<Shape> shapes, List<Finding> findings) {
        this.shapes = List.copyOf(shapes);
        this.findings = List.copyOf(findings);
    }

    /** The lesions in it, most important first. */
    List<Finding> findings() {
        return findings;
    }

    int shapeCount() {
        return shapes.size();
    }

    /** Shapes cut by the plane at height z, in painting order. */
    private List<Shape> at(double z) {
        List<Shape> out = new ArrayList<>();
        for (Shape s : shapes) {
            if (s.scaleAt(z) > 0) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Tissue labels of the axial plane at height z: pixel (r, c) is the point (x0 + c*spacing, y0 + r*spacing).
     */
    byte[] axialLabels(double z, double x0, double y0, double spacing, int rows, int cols) {
        byte[] labels = new byte[rows * cols];
        java.util.Arrays.fill(labels, Tissue.AIR.label());
        for (Shape s : at(z)) {
            double scale = s.scaleAt(z);
            double ax = s.ax() * scale;
            double ay = s.ay() * scale;
            byte paint = s.tissue().label();
            byte over = s.replaces().label();
            int r0 = Math.max(0, (int) Math.ceil((s.cy() - ay - y0) / spacing));
            int r1 = Math.min(rows - 1, (int) Math.floor((s.cy() + ay - y0) / spacing));
            for (int r = r0; r <= r1; r++) {
                double dy = (y0 + r * spacing - s.cy()) / ay;
                double t = 1 - dy * dy;
                if (t <= 0) {
                    continue;
                }
                double half = ax * Math.sqrt(t);
                int c0 = Math.max(0, (int) Math.ceil((s.cx() - half - x0) / spacing));
                int c1 = Math.min(cols - 1, (int) Math.floor((s.cx() + half - x0) / spacing));
                int base = r * cols;
                for (int c = c0; c <= c1; c++) {
                    if (labels[base + c] == over) {
                        labels[base + c] = paint;
                    }
                }
            }
        }
        return labels;
    }

    /**
     * Attenuation line integrals along y (dimensionless): pixel (r, c) is the ray through
     * x = x0 + c*spacing, z = z0 - r*spacing (rows go towards the feet).
     */
    double[] projectionAlongY(double x0, double z0, double spacing, int rows, int cols) {
        double[] sum = new double[rows * cols];
        for (Shape s : shapes) {
            double delta = (s.tissue().mu() - s.replaces().mu()) * s.projectionWeight();
            if (delta == 0) {
                continue;
            }
            int r0 = Math.max(0, (int) Math.ceil((z0 - s.zMax()) / spacing));
            int r1 = Math.min(rows - 1, (int) Math.floor((z0 - s.zMin()) / spacing));
            for (int r = r0; r <= r1; r++) {
                double z = z0 - r * spacing;
                double scale = s.scaleAt(z);
                if (scale == 0) {
                    continue;
                }
                double half = s.ax() * scale;
                int c0 = Math.max(0, (int) Math.ceil((s.cx() - half - x0) / spacing));
                int c1 = Math.min(cols - 1, (int) Math.floor((s.cx() + half - x0) / spacing));
                int base = r * cols;
                for (int c = c0; c <= c1; c++) {
                    sum[base + c] += delta * s.chordAlongY(x0 + c * spacing, z);
                }
            }
        }
        return sum;
    }
}

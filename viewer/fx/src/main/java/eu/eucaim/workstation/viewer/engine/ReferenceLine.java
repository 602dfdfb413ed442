package eu.eucaim.workstation.viewer.engine;

import java.util.ArrayList;
import java.util.List;

/** Where the plane of one slice cuts another slice of the same Frame of Reference, in the second's image coordinates. */
public final class ReferenceLine {
    private ReferenceLine() {}

    /**
     * The segment {x0, y0, x1, y1} on {@code target} (width × height pixels) where {@code source}'s plane crosses
     * it; null when they are parallel, lack geometry, differ in Frame of Reference, or do not cross inside it.
     */
    public static double[] of(SliceGeometry source, SliceGeometry target, int width, int height) {
        if (source == null
                || target == null
                || !source.hasPlane()
                || !target.hasPlane()
                || source.frameOfReference().isEmpty()
                || !source.frameOfReference().equals(target.frameOfReference())) {
            return null;
        }
        double[] n = source.normal();
        double[] tn = target.normal();
        if (Math.abs(n[0] * tn[0] + n[1] * tn[1] + n[2] * tn[2]) > 0.99) {
            return null;
        }
        double[] p = source.position();
        // Signed distance of a target pixel to the source plane is affine in (x, y): find its zeros on the edges.
        double[][] corners = {{-0.5, -0.5}, {width - 0.5, -0.5}, {width - 0.5, height - 0.5}, {-0.5, height - 0.5}};
        double[] d = new double[4];
        for (int i = 0; i < 4; i++) {
            double[] q = target.toPatient(corners[i][0], corners[i][1]);
            d[i] = n[0] * (q[0] - p[0]) + n[1] * (q[1] - p[1]) + n[2] * (q[2] - p[2]);
        }
        List<double[]> hits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            if ((d[i] <= 0 && d[j] > 0) || (d[i] > 0 && d[j] <= 0)) {
                double f = d[i] / (d[i] - d[j]);
                hits.add(new double[] {
                    corners[i][0] + f * (corners[j][0] - corners[i][0]) + 0.5,
                    corners[i][1] + f * (corners[j][1] - corners[i][1]) + 0.5
                });
            }
        }
        if (hits.size() < 2) {
            return null;
        }
        return new double[] {hits.get(0)[0], hits.get(0)[1], hits.get(1)[0], hits.get(1)[1]};
    }
}

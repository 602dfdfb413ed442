package eu.eucaim.workstation.viewer.engine;

/**
 * Patient orientation letters (L/R, A/P, H/F) for a direction in patient coordinates (LPS: +x left, +y posterior,
 * +z head), as radiologists read them at the edges of an image: the main axes by decreasing weight, up to three,
 * leaving out components below 0.25 (so an oblique plane shows e.g. "LA").
 */
public final class Orientation {
    private Orientation() {}

    public static String letters(double x, double y, double z) {
        StringBuilder sb = new StringBuilder(3);
        double[] abs = {Math.abs(x), Math.abs(y), Math.abs(z)};
        char[] pos = {'L', 'P', 'H'};
        char[] neg = {'R', 'A', 'F'};
        double[] v = {x, y, z};
        for (int n = 0; n < 3; n++) {
            int best = -1;
            for (int i = 0; i < 3; i++) {
                if (abs[i] > 0.25 && (best < 0 || abs[i] > abs[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            sb.append(v[best] > 0 ? pos[best] : neg[best]);
            abs[best] = 0;
        }
        return sb.toString();
    }
}

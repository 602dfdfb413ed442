package eu.eucaim.workstation.app.fx;

import javafx.scene.chart.NumberAxis;

/**
 * Gives a count axis round ticks that fit: JavaFX's automatic ranging picks ticks too dense for a narrow chart,
 * and their labels overlap.
 */
public final class Axes {
    private Axes() {}

    public static void fitCounts(NumberAxis axis, long max, int ticks) {
        double step = niceStep(Math.max(1, max) / (double) ticks);
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setTickUnit(step);
        axis.setUpperBound(Math.ceil(Math.max(1, max) / step) * step);
        axis.setMinorTickVisible(false);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }
}

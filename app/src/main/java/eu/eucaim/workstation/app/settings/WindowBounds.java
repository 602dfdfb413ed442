package eu.eucaim.workstation.app.settings;

/** Where the main window was when it was last closed. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, 1360, 860, false);

    /** Whether a position was recorded (the first start centres the window instead). */
    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}

package eu.eucaim.workstation.viewer.viewport;

/** What a left-drag in a viewport does. Right-drag always zooms, middle-drag always pans. */
public enum Tool {
    WINDOW("Window/level"),
    PAN("Pan"),
    ZOOM("Zoom"),
    LENGTH("Length"),
    ANGLE("Angle"),
    RECTANGLE("Rectangle ROI"),
    ELLIPSE("Ellipse ROI");

    private final String label;

    Tool(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean draws() {
        return ordinal() >= LENGTH.ordinal();
    }
}

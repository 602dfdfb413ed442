package eu.eucaim.workstation.viewer.engine;

/** A window in modality units (HU for CT): centre and width, width at least 1. */
public record WindowLevel(double center, double width) {

    public WindowLevel {
        width = Math.max(1, width);
    }

    /**
     * A mouse drag: right widens, down raises the centre (Weasis, RadiAnt and OsiriX move the same way). One
     * pixel moves by {@code sensitivity} modality units, scaled to the data's range by the caller.
     */
    public WindowLevel drag(double dx, double dy, double sensitivity) {
        return new WindowLevel(center + dy * sensitivity, width + dx * sensitivity);
    }
}

package eu.eucaim.workstation.api.connection;

/** What the app is connected to. */
public enum BackendKind {
    /** The node this app started itself, on loopback, with its demo data (and the demo federation beside it). */
    EMBEDDED_NODE("Embedded node"),
    /** A EUCAIM node of this project's own elsewhere, by its URL. */
    NODE("Remote node");

    private final String label;

    BackendKind(String label) {
        this.label = label;
    }

    /** For people: the status bar says "Embedded node · …". */
    public String label() {
        return label;
    }
}

package eu.eucaim.workstation.api.connection;

/** What the app is connected to. */
public enum BackendKind {
    /** The node this app started itself, on loopback, with its demo data (and the demo federation beside it). */
    EMBEDDED_NODE("Embedded node"),
    /** A EUCAIM node of this project's own elsewhere, by its URL. */
    NODE("Remote node"),
    /**
     * The real EUCAIM platform's services: the public catalogue (MOLGENIS EMX2), the explorer's Spot, the Negotiator,
     * the helpdesk and LS-AAI, each at its own address.
     */
    PLATFORM("EUCAIM platform");

    private final String label;

    BackendKind(String label) {
        this.label = label;
    }

    /** For people: the status bar says "Embedded node · …". */
    public String label() {
        return label;
    }
}

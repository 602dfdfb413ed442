package eu.eucaim.workstation.app.negotiation.page;

/** Who a message goes to: every party (organisationId null), or the researcher and one organisation. */
public record PostTarget(String label, String organisationId) {
    public static final PostTarget PUBLIC = new PostTarget("Everyone in this negotiation", null);

    public String type() {
        return organisationId == null ? "PUBLIC" : "PRIVATE";
    }

    @Override
    public String toString() {
        return label;
    }
}

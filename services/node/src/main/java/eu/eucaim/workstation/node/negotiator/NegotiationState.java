package eu.eucaim.workstation.node.negotiator;

/** A negotiation's states, with the Negotiator's labels (the user guide's words: "Under review"). */
enum NegotiationState {
    DRAFT(
            "Draft",
            "The negotiation request has been drafted. The requester has to complete the request before submitting it"
                    + " for review"),
    SUBMITTED("Under review", "The negotiation has been submitted for review"),
    APPROVED("Approved", "The negotiation has been approved"),
    PAUSED("Paused", "The negotiation is paused"),
    ABANDONED("Abandoned", "The negotiation has been abandoned"),
    IN_PROGRESS("In Progress", "The negotiation is currently in progress"),
    DECLINED("Declined", "The negotiation has been declined"),
    CONCLUDED("Concluded", "The negotiation has been concluded");

    final String label;
    final String description;

    NegotiationState(String label, String description) {
        this.label = label;
        this.description = description;
    }
}

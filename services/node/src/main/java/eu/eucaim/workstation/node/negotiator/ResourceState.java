package eu.eucaim.workstation.node.negotiator;

import java.util.Set;

/** A dataset's state within a negotiation, with the Negotiator's labels and ordinals (how far it got). */
enum ResourceState {
    SUBMITTED(0, "Submitted", "Initial state"),
    REPRESENTATIVE_UNREACHABLE(
            1, "Representative Unreachable", "This resource does not have any representatives in the system"),
    REPRESENTATIVE_CONTACTED(
            2, "Representative Contacted", "Representative of the given resource was notified about this new request"),
    RETURNED_FOR_RESUBMISSION(
            3, "Returned for Resubmission", "A representative has asked for further clarification of the request"),
    CHECKING_AVAILABILITY(4, "Checking Availability", "Currently checking availability of the resource"),
    RESOURCE_UNAVAILABLE_WILLING_TO_COLLECT(
            5,
            "Resource Unavailable, Willing to Collect",
            "The resource is unavailable at this time, but the organization is willing to collect it and make it"
                    + " available for access"),
    RESOURCE_UNAVAILABLE(6, "Resource Unavailable", "The resource is unavailable for access"),
    RESOURCE_AVAILABLE(7, "Resource Available", "The resource is available for access"),
    ACCESS_CONDITIONS_INDICATED(
            8, "Access Conditions Indicated", "A representative has indicated access conditions for the resource"),
    ACCESS_CONDITIONS_MET(
            9, "Access Conditions Met", "Access conditions for the resource have been met by the requester"),
    RESOURCE_NOT_MADE_AVAILABLE(10, "Resource Not Made Available", "The resource has not been made available"),
    RESOURCE_MADE_AVAILABLE(11, "Resource Made Available", "The resource has been made available");

    /** Where a dataset's part of the negotiation ends: when all have, the negotiation concludes by itself. */
    static final Set<ResourceState> FINAL =
            Set.of(RESOURCE_MADE_AVAILABLE, RESOURCE_UNAVAILABLE, RESOURCE_NOT_MADE_AVAILABLE);

    final int ordinal;
    final String label;
    final String description;

    ResourceState(int ordinal, String label, String description) {
        this.ordinal = ordinal;
        this.label = label;
        this.description = description;
    }
}

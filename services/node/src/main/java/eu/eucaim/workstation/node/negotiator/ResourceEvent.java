package eu.eucaim.workstation.node.negotiator;

import static eu.eucaim.workstation.node.negotiator.ResourceState.ACCESS_CONDITIONS_INDICATED;
import static eu.eucaim.workstation.node.negotiator.ResourceState.ACCESS_CONDITIONS_MET;
import static eu.eucaim.workstation.node.negotiator.ResourceState.CHECKING_AVAILABILITY;
import static eu.eucaim.workstation.node.negotiator.ResourceState.REPRESENTATIVE_CONTACTED;
import static eu.eucaim.workstation.node.negotiator.ResourceState.REPRESENTATIVE_UNREACHABLE;
import static eu.eucaim.workstation.node.negotiator.ResourceState.RESOURCE_AVAILABLE;
import static eu.eucaim.workstation.node.negotiator.ResourceState.RESOURCE_MADE_AVAILABLE;
import static eu.eucaim.workstation.node.negotiator.ResourceState.RESOURCE_NOT_MADE_AVAILABLE;
import static eu.eucaim.workstation.node.negotiator.ResourceState.RESOURCE_UNAVAILABLE;
import static eu.eucaim.workstation.node.negotiator.ResourceState.RESOURCE_UNAVAILABLE_WILLING_TO_COLLECT;
import static eu.eucaim.workstation.node.negotiator.ResourceState.RETURNED_FOR_RESUBMISSION;
import static eu.eucaim.workstation.node.negotiator.ResourceState.SUBMITTED;

import java.util.Optional;
import java.util.Set;

/**
 * The resource lifecycle (DESIGN.md), events in the Negotiator's order: the access committee contacts or marks
 * unreachable; the representative checks availability, says available or not (or willing to collect), indicates
 * access conditions and grants access; the researcher accepts or declines the conditions. Only while the
 * negotiation is IN_PROGRESS. Unlike upstream, an event that does not apply is refused, not ignored; and where the
 * node knows nobody who represents a dataset (REPRESENTATIVE_UNREACHABLE) the access committee may answer for it.
 */
enum ResourceEvent {
    MARK_AS_UNAVAILABLE(
            "Mark as Unavailable",
            "Mark the resource as unavailable for access",
            Who.REPRESENTATIVE,
            RESOURCE_UNAVAILABLE,
            CHECKING_AVAILABILITY,
            RESOURCE_UNAVAILABLE_WILLING_TO_COLLECT,
            REPRESENTATIVE_UNREACHABLE),
    STEP_AWAY(
            "Step Away",
            "Step away. Not interested in collaboration",
            Who.REPRESENTATIVE,
            RESOURCE_UNAVAILABLE,
            REPRESENTATIVE_CONTACTED,
            RETURNED_FOR_RESUBMISSION),
    MARK_AS_CHECKING_AVAILABILITY(
            "Mark as Checking Availability",
            "Mark as checking availability",
            Who.REPRESENTATIVE,
            CHECKING_AVAILABILITY,
            REPRESENTATIVE_CONTACTED,
            RETURNED_FOR_RESUBMISSION,
            REPRESENTATIVE_UNREACHABLE),
    INDICATE_ACCESS_CONDITIONS(
            "Indicate Access Conditions",
            "Indicate access conditions for the resource",
            Who.REPRESENTATIVE,
            ACCESS_CONDITIONS_INDICATED,
            RESOURCE_AVAILABLE),
    CONTACT(
            "Contact",
            "Contact representatives",
            Who.ADMIN,
            REPRESENTATIVE_CONTACTED,
            SUBMITTED,
            REPRESENTATIVE_UNREACHABLE),
    MARK_AS_AVAILABLE(
            "Mark as Available",
            "Mark the resource as available for access",
            Who.REPRESENTATIVE,
            RESOURCE_AVAILABLE,
            CHECKING_AVAILABILITY,
            RESOURCE_UNAVAILABLE_WILLING_TO_COLLECT),
    MARK_AS_CURRENTLY_UNAVAILABLE_BUT_WILLING_TO_COLLECT(
            "Mark as Currently Unavailable, But Willing to Collect",
            "Mark the resource as currently unavailable, but willing to collect",
            Who.REPRESENTATIVE,
            RESOURCE_UNAVAILABLE_WILLING_TO_COLLECT,
            CHECKING_AVAILABILITY),
    GRANT_ACCESS_TO_RESOURCE(
            "Grant Access to Resource",
            "Grant access to the resource",
            Who.REPRESENTATIVE,
            RESOURCE_MADE_AVAILABLE,
            ACCESS_CONDITIONS_MET),
    RETURN_FOR_RESUBMISSION(
            "Return for Resubmission",
            "Ask for further clarification",
            Who.REPRESENTATIVE,
            RETURNED_FOR_RESUBMISSION), // offered from no state by the recorded Negotiator (03af06b3): neither here
    ACCEPT_ACCESS_CONDITIONS(
            "Accept Access Conditions",
            "Accept access conditions for the resource",
            Who.AUTHOR,
            ACCESS_CONDITIONS_MET,
            ACCESS_CONDITIONS_INDICATED),
    DECLINE_ACCESS_CONDITIONS(
            "Decline Access Conditions",
            "Decline access conditions for the resource",
            Who.AUTHOR,
            RESOURCE_NOT_MADE_AVAILABLE,
            ACCESS_CONDITIONS_INDICATED),
    MARK_AS_UNREACHABLE(
            "Mark as Unreachable",
            "Mark representatives as unreachable",
            Who.ADMIN,
            REPRESENTATIVE_UNREACHABLE,
            SUBMITTED,
            REPRESENTATIVE_CONTACTED);

    /** Who may fire it: the dataset's representative, the negotiation's author (the researcher), an admin. */
    enum Who {
        REPRESENTATIVE,
        AUTHOR,
        ADMIN
    }

    final String label;
    final String description;
    final Who who;
    final ResourceState target;
    final Set<ResourceState> sources;

    ResourceEvent(String label, String description, Who who, ResourceState target, ResourceState... sources) {
        this.label = label;
        this.description = description;
        this.who = who;
        this.target = target;
        this.sources = Set.of(sources);
    }

    boolean mayFire(boolean representative, boolean author, boolean admin) {
        return switch (who) {
            case REPRESENTATIVE -> representative;
            case AUTHOR -> author;
            case ADMIN -> admin;
        };
    }

    static Optional<ResourceEvent> named(String name) {
        for (ResourceEvent e : values()) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}

package eu.eucaim.workstation.node.negotiator;

import java.util.Optional;
import java.util.Set;

/**
 * The negotiation lifecycle (DESIGN.md): DRAFT –SUBMIT→ SUBMITTED –APPROVE→ IN_PROGRESS | –DECLINE→ DECLINED (the
 * access committee); IN_PROGRESS ⇄ PAUSED; IN_PROGRESS|PAUSED –ABANDON→ ABANDONED; IN_PROGRESS –CONCLUDE→ CONCLUDED.
 * Each event says from where it leads where and who may fire it.
 */
enum NegotiationEvent {
    SUBMIT("Submit", "Submit the negotiation", Who.AUTHOR, NegotiationState.SUBMITTED, NegotiationState.DRAFT),
    APPROVE("Approve", "Approve the negotiation", Who.ADMIN, NegotiationState.IN_PROGRESS, NegotiationState.SUBMITTED),
    DECLINE("Decline", "Decline the negotiation", Who.ADMIN, NegotiationState.DECLINED, NegotiationState.SUBMITTED),
    PAUSE("Pause", "Pause the negotiation", Who.AUTHOR_OR_ADMIN, NegotiationState.PAUSED, NegotiationState.IN_PROGRESS),
    UNPAUSE(
            "Unpause",
            "Unpause the negotiation",
            Who.AUTHOR_OR_ADMIN,
            NegotiationState.IN_PROGRESS,
            NegotiationState.PAUSED),
    ABANDON(
            "Abandon",
            "Abandon the negotiation",
            Who.AUTHOR_OR_ADMIN,
            NegotiationState.ABANDONED,
            NegotiationState.IN_PROGRESS,
            NegotiationState.PAUSED),
    CONCLUDE(
            "Conclude",
            "Conclude the negotiation",
            Who.AUTHOR_OR_ADMIN,
            NegotiationState.CONCLUDED,
            NegotiationState.IN_PROGRESS);

    /** Who may fire an event (besides the state it needs). */
    enum Who {
        AUTHOR,
        ADMIN,
        AUTHOR_OR_ADMIN
    }

    final String label;
    final String description;
    final Who who;
    final NegotiationState target;
    final Set<NegotiationState> sources;

    NegotiationEvent(String label, String description, Who who, NegotiationState target, NegotiationState... sources) {
        this.label = label;
        this.description = description;
        this.who = who;
        this.target = target;
        this.sources = Set.of(sources);
    }

    /** Whether someone who is (or is not) the author, (or not) an admin, may fire this now. */
    boolean allowed(NegotiationState from, boolean author, boolean admin) {
        return sources.contains(from) && mayFire(author, admin);
    }

    boolean mayFire(boolean author, boolean admin) {
        return switch (who) {
            case AUTHOR -> author;
            case ADMIN -> admin;
            case AUTHOR_OR_ADMIN -> author || admin;
        };
    }

    static Optional<NegotiationEvent> named(String name) {
        for (NegotiationEvent e : values()) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}

package eu.eucaim.workstation.app.negotiation.words;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The words a person reads for a negotiation's and a dataset's state, shared by the negotiation pages and the PDF
 * export so that both say the same. The Negotiator sends state names ({@code SUBMITTED}, {@code
 * RESOURCE_MADE_AVAILABLE}); the EUCAIM user guide speaks of a negotiation as Under Review, In Progress, Started,
 * Concluded, Abandoned or Declined. "Started" is no state of the Negotiator: it is an in-progress negotiation in
 * which a dataset has been made available, so the project could start; {@link #negotiation(String, Collection)}
 * tells it from the datasets' states.
 */
public final class StatusWords {
    /** What a dataset of a negotiation shows before the Negotiator gives it a state (before the review ends). */
    public static final String NO_RESOURCE_STATE = "Pending";

    /** What an absent status shows. */
    public static final String NONE = "—";

    private static final String GRANTED = "RESOURCE_MADE_AVAILABLE";

    private static final Map<String, String> NEGOTIATION = Map.of(
            "DRAFT", "Draft",
            "SUBMITTED", "Under Review",
            // APPROVE moves a negotiation on to IN_PROGRESS at once: APPROVED is only ever seen in passing.
            "APPROVED", "In Progress",
            "IN_PROGRESS", "In Progress",
            "PAUSED", "Paused",
            "CONCLUDED", "Concluded",
            "ABANDONED", "Abandoned",
            "DECLINED", "Declined");

    // The Negotiator's own labels: what its web pages and the timeline's texts show for a dataset.
    private static final Map<String, String> RESOURCE = Map.ofEntries(
            Map.entry("SUBMITTED", "Submitted"),
            Map.entry("REPRESENTATIVE_UNREACHABLE", "Representative Unreachable"),
            Map.entry("REPRESENTATIVE_CONTACTED", "Representative Contacted"),
            Map.entry("RETURNED_FOR_RESUBMISSION", "Returned for Resubmission"),
            Map.entry("CHECKING_AVAILABILITY", "Checking Availability"),
            Map.entry("RESOURCE_UNAVAILABLE_WILLING_TO_COLLECT", "Resource Unavailable, Willing to Collect"),
            Map.entry("RESOURCE_UNAVAILABLE", "Resource Unavailable"),
            Map.entry("RESOURCE_AVAILABLE", "Resource Available"),
            Map.entry("ACCESS_CONDITIONS_INDICATED", "Access Conditions Indicated"),
            Map.entry("ACCESS_CONDITIONS_MET", "Access Conditions Met"),
            Map.entry("RESOURCE_NOT_MADE_AVAILABLE", "Resource Not Made Available"),
            Map.entry(GRANTED, "Resource Made Available"));

    private StatusWords() {}

    /** A negotiation's status ({@code NegotiationState} name) in the guide's words, without the datasets. */
    public static String negotiation(String status) {
        return words(NEGOTIATION, status);
    }

    /**
     * A negotiation's status in the guide's words: "Started" for one in progress in which at least one dataset
     * has been made available ({@code resourceStates} are its datasets' {@code currentState}s, nulls allowed).
     */
    public static String negotiation(String status, Collection<String> resourceStates) {
        if ("IN_PROGRESS".equals(status) && resourceStates.contains(GRANTED)) {
            return "Started";
        }
        return negotiation(status);
    }

    /** A dataset's state within a negotiation ({@code ResourceState} name, or null before it has one). */
    public static String resource(String state) {
        return state == null || state.isBlank() ? NO_RESOURCE_STATE : words(RESOURCE, state);
    }

    private static String words(Map<String, String> known, String name) {
        if (name == null || name.isBlank()) {
            return NONE;
        }
        String word = known.get(name);
        return word != null ? word : unknown(name);
    }

    /** A state a newer Negotiator may add: still readable ("ON_HOLD" → "On hold") rather than shown raw. */
    private static String unknown(String name) {
        String spaced = name.trim().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}

package eu.eucaim.workstation.app.negotiation.words;

import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Negotiator's state names in the words of the EUCAIM user guide (4.6): Under Review, In Progress with each
 * dataset's sub-status, Started once access to a dataset is granted, Concluded, Abandoned, Declined. The one place
 * a state name becomes text, for the tab and the PDF alike.
 */
public final class StatusWords {
    private static final Map<String, String> NEGOTIATION = Map.of(
            "DRAFT", "Draft",
            "SUBMITTED", "Under Review",
            "APPROVED", "In Progress",
            "IN_PROGRESS", "In Progress",
            "PAUSED", "Paused",
            "ABANDONED", "Abandoned",
            "DECLINED", "Declined",
            "CONCLUDED", "Concluded");

    private static final Map<String, String> RESOURCE = Map.ofEntries(
            Map.entry("SUBMITTED", "Submitted"),
            Map.entry("REPRESENTATIVE_UNREACHABLE", "Representative unreachable"),
            Map.entry("REPRESENTATIVE_CONTACTED", "Representative contacted"),
            Map.entry("RETURNED_FOR_RESUBMISSION", "Returned for resubmission"),
            Map.entry("CHECKING_AVAILABILITY", "Checking availability"),
            Map.entry("RESOURCE_UNAVAILABLE_WILLING_TO_COLLECT", "Unavailable, willing to collect"),
            Map.entry("RESOURCE_UNAVAILABLE", "Unavailable"),
            Map.entry("RESOURCE_AVAILABLE", "Available"),
            Map.entry("ACCESS_CONDITIONS_INDICATED", "Access conditions indicated"),
            Map.entry("ACCESS_CONDITIONS_MET", "Access conditions accepted"),
            Map.entry("RESOURCE_NOT_MADE_AVAILABLE", "Not made available"),
            Map.entry("RESOURCE_MADE_AVAILABLE", "Access granted"));

    private StatusWords() {}

    /** A negotiation's status as the guide says it; "Started" once any dataset has been made available. */
    public static String negotiation(String status, List<NegotiationResource> resources) {
        if ("IN_PROGRESS".equals(status)
                && resources.stream().anyMatch(r -> "RESOURCE_MADE_AVAILABLE".equals(r.currentState()))) {
            return "Started";
        }
        return negotiation(status);
    }

    public static String negotiation(String status) {
        return status == null ? "—" : NEGOTIATION.getOrDefault(status, humanise(status));
    }

    /** A dataset's sub-status; null (before the negotiation is in progress) is "Waiting for review". */
    public static String resource(String state) {
        return state == null ? "Waiting for review" : RESOURCE.getOrDefault(state, humanise(state));
    }

    /** An event's name as a button says it, when the server gave no label: "MARK_AS_AVAILABLE" → "Mark as available". */
    public static String humanise(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

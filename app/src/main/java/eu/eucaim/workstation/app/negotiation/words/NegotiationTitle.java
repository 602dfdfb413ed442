package eu.eucaim.workstation.app.negotiation.words;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import java.util.List;

/**
 * The title a negotiation goes by: the use case's title where the access form asks for one (EUCAIM's form calls it
 * {@code use-case-title}, upstream's demo form {@code title}), else the request's number. The same rule as the
 * negotiation page's title, so that a PDF is found by the name the page shows.
 */
public final class NegotiationTitle {
    private static final List<String> KEYS = List.of("use-case-title", "title", "project-title");

    private NegotiationTitle() {}

    public static String of(Negotiation negotiation) {
        JsonNode payload = negotiation.payload();
        if (payload != null) {
            for (JsonNode section : payload) {
                for (String key : KEYS) {
                    JsonNode title = section.path(key);
                    if (title.isTextual() && !title.asText().isBlank()) {
                        return title.asText();
                    }
                }
            }
        }
        String number = negotiation.displayId() != null ? negotiation.displayId() : negotiation.id();
        return "Access request " + number;
    }
}

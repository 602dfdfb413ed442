package eu.eucaim.workstation.app.negotiation;

import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.app.negotiation.words.NegotiationTitle;
import eu.eucaim.workstation.app.negotiation.words.NegotiatorDates;
import eu.eucaim.workstation.app.negotiation.words.StatusWords;
import java.time.Instant;
import java.util.Locale;

/** A negotiation in the list: what it is, its status in words, when and by whom, each dataset's sub-status. */
public record NegotiationRow(
        String id,
        String displayId,
        String title,
        String status,
        String state,
        Instant created,
        String author,
        String datasets) {
    static NegotiationRow of(Negotiation n) {
        return new NegotiationRow(
                n.id(),
                n.displayId(),
                NegotiationTitle.of(n),
                StatusWords.negotiation(n.status()),
                n.status(),
                NegotiatorDates.instant(n.creationDate()),
                n.author() == null ? "" : n.author().name(),
                "");
    }

    NegotiationRow withDatasets(String summary, String statusInWords) {
        return new NegotiationRow(id, displayId, title, statusInWords, state, created, author, summary);
    }

    boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return (title + " " + displayId + " " + status + " " + author + " " + datasets)
                .toLowerCase(Locale.ROOT)
                .contains(needle);
    }
}

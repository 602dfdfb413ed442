package eu.eucaim.workstation.app.negotiation.pdf;

import eu.eucaim.workstation.api.negotiation.Person;
import eu.eucaim.workstation.app.negotiation.words.NegotiatorDates;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Dates, sizes and people as the export writes them. */
final class Formats {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Formats() {}

    /**
     * A Negotiator timestamp as an instant (read as the negotiation pages read it: without an offset it is UTC), or
     * null when it is absent or cannot be read.
     */
    static Instant time(String iso) {
        Instant time = NegotiatorDates.instant(iso);
        // NegotiatorDates answers the epoch for what it cannot read; no negotiation happened in 1970
        return time.equals(Instant.EPOCH) ? null : time;
    }

    /**
     * A timestamp to the minute in {@code zone} (the exporter's, as the pages show it); one that cannot be read is
     * shown as it came, an absent one as "—".
     */
    static String when(String iso, ZoneId zone) {
        Instant time = time(iso);
        if (time != null) {
            return when(time.atZone(zone));
        }
        return iso == null || iso.isBlank() ? Answers.NONE : iso;
    }

    static String when(TemporalAccessor time) {
        return MINUTES.format(time);
    }

    static String person(Person person) {
        if (person == null) {
            return Answers.NONE;
        }
        String name = person.name() != null && !person.name().isBlank() ? person.name() : person.subjectId();
        if (name == null || name.isBlank()) {
            name = Answers.NONE;
        }
        return person.email() != null && !person.email().isBlank() ? name + " <" + person.email() + ">" : name;
    }

    static String orNone(String text) {
        return text == null || text.isBlank() ? Answers.NONE : text;
    }
}

package eu.eucaim.workstation.app.negotiation.words;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The Negotiator's dates: ISO, with an offset or (upstream's Java LocalDateTime, in UTC) without. */
public final class NegotiatorDates {
    private NegotiatorDates() {}

    /** The instant, or the epoch (sorting first) for a date that is absent or cannot be read. */
    public static Instant instant(String text) {
        if (text == null) {
            return Instant.EPOCH;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return Instant.EPOCH;
            }
        }
    }
}

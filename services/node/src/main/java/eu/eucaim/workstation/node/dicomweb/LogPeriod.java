package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.node.http.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The {@code from} and {@code to} of the retrieval log's filter: a day ({@code 2026-03-01}, UTC, both ends
 * included) or an instant ({@code 2026-03-01T09:30:00Z}, {@code from} included, {@code to} excluded).
 */
final class LogPeriod {
    private LogPeriod() {}

    /** The first millisecond included, or null for no lower bound. */
    static Long from(String value) {
        return parse("from", value, false);
    }

    /** The first millisecond excluded, or null for no upper bound: after the whole day when a day is given. */
    static Long to(String value) {
        return parse("to", value, true);
    }

    private static Long parse(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .toEpochMilli();
            }
            return Instant.parse(v).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw ApiException.badRequest("Parameter '" + name + "' must be a date (2026-03-01) or an instant"
                    + " (2026-03-01T09:30:00Z), not '" + value + "'");
        }
    }
}

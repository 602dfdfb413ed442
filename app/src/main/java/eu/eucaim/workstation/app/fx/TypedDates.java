package eu.eucaim.workstation.app.fx;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates typed in a form field (YYYY-MM-DD), with the message that names the field when one is not a date. */
public final class TypedDates {
    private TypedDates() {}

    /** The day typed, or null when the field is empty; an IllegalArgumentException naming {@code field} otherwise. */
    public static LocalDate day(String field, String typed) {
        String v = typed == null ? "" : typed.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " date '" + v + "' is not a date: expected YYYY-MM-DD");
        }
    }
}

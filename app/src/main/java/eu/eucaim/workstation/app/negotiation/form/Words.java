package eu.eucaim.workstation.app.negotiation.form;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word counts and limits. The v3 form model has no word limit, so EUCAIM's form says it in the element's
 * description ("…; at most 600 words"); the wizard reads it from there and counts as the node does on SUBMIT.
 */
public final class Words {
    private static final Pattern LIMIT =
            Pattern.compile("(?:at most|maximum of|max\\.?|up to|≤)\\s*(\\d{1,6})\\s*words", Pattern.CASE_INSENSITIVE);

    private Words() {}

    /** Runs of non-space characters holding a letter or a digit, as a word processor counts them. */
    public static int count(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int count = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }

    /** The limit a description states, if any. */
    public static OptionalInt limitIn(String description) {
        if (description == null) {
            return OptionalInt.empty();
        }
        Matcher m = LIMIT.matcher(description);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}

package eu.eucaim.workstation.node.vocabulary;

import java.util.Locale;

/** Labels of the lower-case body part words used by the catalogue and the federated search. */
public final class BodyParts {
    private BodyParts() {}

    /** "breast" → "Breast". */
    public static String label(String bodyPart) {
        if (bodyPart == null || bodyPart.isEmpty()) {
            return bodyPart;
        }
        return bodyPart.substring(0, 1).toUpperCase(Locale.ROOT) + bodyPart.substring(1);
    }
}

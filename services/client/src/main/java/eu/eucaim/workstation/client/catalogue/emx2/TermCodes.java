package eu.eucaim.workstation.client.catalogue.emx2;

import java.util.regex.Pattern;

/**
 * The EMX2 catalogue names SNOMED CT terms {@code SNOMED-CT:254837009} (its ontology tables' {@code name}); the rest
 * of the workstation (the REST catalogue, the federated query's keys, the vocabularies) writes {@code
 * SNOMEDCT254837009}. Values cross here both ways, so a facet chosen in the app filters the EMX2 catalogue and a
 * condition read from it matches the app's labels and queries.
 */
final class TermCodes {
    private static final String EMX2_PREFIX = "SNOMED-CT:";
    private static final String APP_PREFIX = "SNOMEDCT";
    private static final Pattern APP_CODE = Pattern.compile("SNOMEDCT\\d+");

    private TermCodes() {}

    /** {@code SNOMED-CT:254837009} → {@code SNOMEDCT254837009}; any other name as it is. */
    static String toApp(String emx2Name) {
        return emx2Name != null && emx2Name.startsWith(EMX2_PREFIX)
                ? APP_PREFIX + emx2Name.substring(EMX2_PREFIX.length())
                : emx2Name;
    }

    /** {@code SNOMEDCT254837009} → {@code SNOMED-CT:254837009}; any other value as it is. */
    static String toEmx2(String appValue) {
        return appValue != null && APP_CODE.matcher(appValue).matches()
                ? EMX2_PREFIX + appValue.substring(APP_PREFIX.length())
                : appValue;
    }
}

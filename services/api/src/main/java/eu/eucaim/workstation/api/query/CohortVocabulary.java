package eu.eucaim.workstation.api.query;

import eu.eucaim.workstation.api.vocabulary.Modality;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values the federated search takes on the wire (DESIGN.md, "Federated search provider"), with labels for the
 * diagnosis codes. Shared by the node (to validate) and the workstation (to offer them).
 */
public final class CohortVocabulary {
    public static final List<String> GENDERS = List.of("male", "female", "other", "unknown");
    /** The public filter catalogue's diagnoses, code → label; any other SNOMEDCT code is accepted too. */
    public static final Map<String, String> DIAGNOSES = diagnoses();
    /**
     * The search's modality values (upstream MR, CT, PET, SPECT, and the others the catalogue holds), one per
     * catalogue modality: {@link Modality} is the one list, which maps PT to PET and NM to SPECT.
     */
    public static final List<String> MODALITIES =
            java.util.Arrays.stream(Modality.values()).map(Modality::searchCode).toList();

    public static final List<String> BODY_PARTS = List.of("breast", "colon", "lung", "pelvis", "prostate");
    /**
     * The upstream four and the others the catalogue's datasets name (its manufacturer facet); manufacturers are
     * open-ended, so any name is accepted.
     */
    public static final List<String> MANUFACTURERS = List.of(
            "Siemens",
            "General Electric",
            "Philips",
            "Toshiba",
            "Canon Medical Systems",
            "Fujifilm",
            "Hologic",
            "Agfa");

    public static final Pattern DIAGNOSIS_CODE = Pattern.compile("SNOMEDCT\\d{6,18}");
    public static final int MIN_AGE = 0;
    public static final int MAX_AGE = 150;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;
    /** Manufacturers are open-ended; a longer name is refused as a mistake. */
    public static final int MAX_MANUFACTURER = 64;

    private CohortVocabulary() {}

    private static Map<String, String> diagnoses() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("SNOMEDCT254837009", "Breast cancer");
        m.put("SNOMEDCT363358000", "Lung cancer");
        m.put("SNOMEDCT363406005", "Colon cancer");
        m.put("SNOMEDCT363484005", "Pelvis/rectum cancer");
        m.put("SNOMEDCT399068003", "Prostate cancer");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** "Prostate cancer" for SNOMEDCT399068003; an unknown code as itself. */
    public static String diagnosisLabel(String code) {
        return DIAGNOSES.getOrDefault(code, code);
    }
}

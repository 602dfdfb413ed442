package eu.eucaim.workstation.app.query;

import eu.eucaim.workstation.api.query.CohortVocabulary;
import eu.eucaim.workstation.api.vocabulary.Modality;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The value filters of the Query tab, with the choices offered and their labels (SNOMED codes → words). */
public enum FilterCategory {
    GENDER("Gender", labelled(CohortVocabulary.GENDERS)),
    DIAGNOSIS("Diagnosis", CohortVocabulary.DIAGNOSES),
    MODALITY("Modality", modalities()),
    BODY_PART("Body part", labelled(CohortVocabulary.BODY_PARTS)),
    MANUFACTURER("Manufacturer", labelled(CohortVocabulary.MANUFACTURERS));

    private final String label;
    private final Map<String, String> choices;

    FilterCategory(String label, Map<String, String> choices) {
        this.label = label;
        this.choices = choices;
    }

    public String label() {
        return label;
    }

    /** Wire value → label, in the order shown. */
    public Map<String, String> choices() {
        return choices;
    }

    /** The search's value → the catalogue's words: PET is offered as "PT (Positron emission tomography)". */
    private static Map<String, String> modalities() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Modality modality : Modality.values()) {
            m.put(modality.searchCode(), modality.label());
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, String> labelled(List<String> values) {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach(v -> m.put(v, v.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + v.substring(1)));
        return java.util.Collections.unmodifiableMap(m);
    }
}

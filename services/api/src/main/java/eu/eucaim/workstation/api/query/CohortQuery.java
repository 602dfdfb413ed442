package eu.eucaim.workstation.api.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A federated cohort search: values within a category are OR-ed, categories and ranges are AND-ed; an empty list or a
 * null bound means "any". Values are the federated search's plain wire values (see {@link CohortVocabulary}).
 * Ranges are inclusive: {@code ageMin..ageMax} is the age at diagnosis, {@code yearMin..yearMax} the year of diagnosis.
 */
public record CohortQuery(
        List<String> gender,
        List<String> diagnosis,
        List<String> modality,
        List<String> bodyPart,
        List<String> manufacturer,
        Integer ageMin,
        Integer ageMax,
        Integer yearMin,
        Integer yearMax) {

    public CohortQuery {
        gender = copy(gender);
        diagnosis = copy(diagnosis);
        modality = copy(modality);
        bodyPart = copy(bodyPart);
        manufacturer = copy(manufacturer);
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            throw new IllegalArgumentException("The age range is empty: " + ageMin + " > " + ageMax);
        }
        if (yearMin != null && yearMax != null && yearMin > yearMax) {
            throw new IllegalArgumentException("The year range is empty: " + yearMin + " > " + yearMax);
        }
    }

    /** Everything: no filter at all. */
    public static CohortQuery any() {
        return new CohortQuery(null, null, null, null, null, null, null, null, null);
    }

    private static List<String> copy(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }

    /**
     * The query parameters as sent to a provider, in a stable order: repeated names for several values
     * ({@code modality=MR&modality=CT}), then the range extensions.
     */
    public List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> p = new ArrayList<>();
        gender.forEach(v -> p.add(Map.entry("gender", v)));
        diagnosis.forEach(v -> p.add(Map.entry("diagnosis", v)));
        modality.forEach(v -> p.add(Map.entry("modality", v)));
        bodyPart.forEach(v -> p.add(Map.entry("bodyPart", v)));
        manufacturer.forEach(v -> p.add(Map.entry("manufacturer", v)));
        add(p, "ageMin", ageMin);
        add(p, "ageMax", ageMax);
        add(p, "yearMin", yearMin);
        add(p, "yearMax", yearMax);
        return p;
    }

    private static void add(List<Map.Entry<String, String>> p, String name, Integer value) {
        if (value != null) {
            p.add(Map.entry(name, value.toString()));
        }
    }

    /** For people: "Gender: male · Diagnosis: Prostate cancer · Age at diagnosis: 50–70", or "All subjects". */
    public String describe() {
        StringJoiner j = new StringJoiner(" · ");
        list(j, "Gender", gender);
        list(
                j,
                "Diagnosis",
                diagnosis.stream().map(CohortVocabulary::diagnosisLabel).toList());
        list(j, "Modality", modality);
        list(j, "Body part", bodyPart);
        list(j, "Manufacturer", manufacturer);
        range(j, "Age at diagnosis", ageMin, ageMax);
        range(j, "Year of diagnosis", yearMin, yearMax);
        return j.length() == 0 ? "All subjects" : j.toString();
    }

    private static void list(StringJoiner j, String label, List<String> values) {
        if (!values.isEmpty()) {
            j.add(label + ": " + String.join(" or ", values));
        }
    }

    private static void range(StringJoiner j, String label, Integer min, Integer max) {
        if (min != null && max != null) {
            j.add(label + ": " + min + "–" + max);
        } else if (min != null) {
            j.add(label + ": ≥ " + min);
        } else if (max != null) {
            j.add(label + ": ≤ " + max);
        }
    }
}

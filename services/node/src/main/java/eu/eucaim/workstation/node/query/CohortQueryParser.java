package eu.eucaim.workstation.node.query;

import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.CohortVocabulary;
import eu.eucaim.workstation.node.http.ApiException;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of {@code GET /api/federated-search} → a {@link CohortQuery}. Values must be the federated
 * search's wire values; an unknown parameter or a value that cannot be meant is a 400 naming it, because a typo
 * must never silently widen a cohort count. Blank values are ignored, as in the catalogue search.
 */
final class CohortQueryParser {
    static final List<String> PARAMETERS = List.of(
            "gender", "diagnosis", "modality", "bodyPart", "manufacturer", "ageMin", "ageMax", "yearMin", "yearMax");
    private static final int MAX_MANUFACTURER = CohortVocabulary.MAX_MANUFACTURER;

    private CohortQueryParser() {}

    static CohortQuery parse(Map<String, List<String>> params) {
        ApiException.rejectUnknownParameters(params.keySet(), PARAMETERS);
        List<String> gender = values(params, "gender");
        gender.forEach(v -> oneOf("gender", v, CohortVocabulary.GENDERS));
        List<String> diagnosis = values(params, "diagnosis");
        for (String v : diagnosis) {
            if (!CohortVocabulary.DIAGNOSIS_CODE.matcher(v).matches()) {
                throw ApiException.badRequest("Parameter 'diagnosis' has the value '" + v
                        + "'; expected a SNOMED CT code with its prefix, such as SNOMEDCT399068003");
            }
        }
        List<String> modality = values(params, "modality");
        modality.forEach(v -> oneOf("modality", v, CohortVocabulary.MODALITIES));
        List<String> bodyPart = values(params, "bodyPart");
        bodyPart.forEach(v -> oneOf("bodyPart", v, CohortVocabulary.BODY_PARTS));
        List<String> manufacturer = values(params, "manufacturer");
        for (String v : manufacturer) {
            if (v.length() > MAX_MANUFACTURER) {
                throw ApiException.badRequest(
                        "Parameter 'manufacturer' is too long: at most " + MAX_MANUFACTURER + " characters");
            }
        }
        Integer ageMin = bound(params, "ageMin", CohortVocabulary.MIN_AGE, CohortVocabulary.MAX_AGE);
        Integer ageMax = bound(params, "ageMax", CohortVocabulary.MIN_AGE, CohortVocabulary.MAX_AGE);
        Integer yearMin = bound(params, "yearMin", CohortVocabulary.MIN_YEAR, CohortVocabulary.MAX_YEAR);
        Integer yearMax = bound(params, "yearMax", CohortVocabulary.MIN_YEAR, CohortVocabulary.MAX_YEAR);
        if (ageMin != null && ageMax != null && ageMin > ageMax) {
            throw ApiException.badRequest("Parameters 'ageMin' (" + ageMin + ") and 'ageMax' (" + ageMax
                    + ") make an empty range; expected ageMin ≤ ageMax");
        }
        if (yearMin != null && yearMax != null && yearMin > yearMax) {
            throw ApiException.badRequest("Parameters 'yearMin' (" + yearMin + ") and 'yearMax' (" + yearMax
                    + ") make an empty range; expected yearMin ≤ yearMax");
        }
        return new CohortQuery(gender, diagnosis, modality, bodyPart, manufacturer, ageMin, ageMax, yearMin, yearMax);
    }

    private static List<String> values(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream()
                .filter(v -> !v.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    }

    private static void oneOf(String name, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw ApiException.badRequest("Parameter '" + name + "' has the value '" + value + "'; expected one of "
                    + String.join(", ", allowed));
        }
    }

    private static Integer bound(Map<String, List<String>> params, String name, int min, int max) {
        List<String> v = values(params, name);
        if (v.isEmpty()) {
            return null;
        }
        if (v.size() > 1) {
            throw ApiException.badRequest("Parameter '" + name + "' is given " + v.size() + " times; expected once");
        }
        try {
            int n = Integer.parseInt(v.get(0));
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the expected range
        }
        throw ApiException.badRequest("Parameter '" + name + "' has the value '" + v.get(0) + "'; expected a whole "
                + "number from " + min + " to " + max);
    }
}

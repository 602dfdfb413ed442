package eu.eucaim.workstation.api.query;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A provider's answer, exactly the upstream shape: {@code {collections:[...], total:{studies_count, subjects_count}}};
 * {@code total} is optional in the AST (POST) form of the provider API.
 */
public record FederatedSearchResponse(List<Collection> collections, Total total) {
    /** Both fields are required on the wire; a reply without them is malformed, so nulls are kept for the check. */
    public FederatedSearchResponse {
        collections = collections == null ? null : List.copyOf(collections);
    }

    /**
     * This answer with its {@code total} summed from the collections when the provider gave none (focus's POST
     * providers, such as CHAIMELEON's, reply {@code {"collections": [...]}} only).
     */
    public FederatedSearchResponse withTotal() {
        if (total != null || collections == null) {
            return this;
        }
        long studies = collections.stream().mapToLong(Collection::studiesCount).sum();
        long subjects =
                collections.stream().mapToLong(Collection::subjectsCount).sum();
        return new FederatedSearchResponse(collections, new Total(studies, subjects));
    }

    /** One collection (dataset) with matches: the matching studies and the subjects with at least one of them. */
    public record Collection(
            String id,
            String name,
            String description,
            @JsonProperty("studies_count") long studiesCount,
            @JsonProperty("subjects_count") long subjectsCount,
            @JsonProperty("age_range") AgeRange ageRange,
            List<String> gender,
            // CHAIMELEON's provider names this "modality" (dataset-service storage/eucaim_search.py).
            @JsonAlias("modality") List<String> modalities,
            @JsonProperty("body_parts") List<String> bodyParts) {
        public Collection {
            gender = gender == null ? List.of() : List.copyOf(gender);
            modalities = modalities == null ? List.of() : List.copyOf(modalities);
            bodyParts = bodyParts == null ? List.of() : List.copyOf(bodyParts);
        }
    }

    /** Age at diagnosis of the matching subjects. */
    public record AgeRange(Integer min, Integer max) {
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public AgeRange {}

        /**
         * CHAIMELEON's provider writes {@code "age_range": 0} when it knows no ages (dataset-service
         * storage/eucaim_search.py): no range.
         */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static AgeRange unknown(int ignored) {
            return new AgeRange(null, null);
        }
    }

    public record Total(
            @JsonProperty("studies_count") long studiesCount,
            @JsonProperty("subjects_count") long subjectsCount) {}
}

package eu.eucaim.workstation.api.query;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A provider's answer, exactly the upstream shape: {@code {collections:[...], total:{studies_count, subjects_count}}}.
 */
public record FederatedSearchResponse(List<Collection> collections, Total total) {
    /** Both fields are required on the wire; a reply without them is malformed, so nulls are kept for the check. */
    public FederatedSearchResponse {
        collections = collections == null ? null : List.copyOf(collections);
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
            // The CHAIMELEON provider names it "modality" (PROTOCOLS.md, Federated query).
            @JsonAlias("modality") List<String> modalities,
            @JsonProperty("body_parts") List<String> bodyParts) {
        public Collection {
            gender = gender == null ? List.of() : List.copyOf(gender);
            modalities = modalities == null ? List.of() : List.copyOf(modalities);
            bodyParts = bodyParts == null ? List.of() : List.copyOf(bodyParts);
        }
    }

    /** Age at diagnosis of the matching subjects. */
    public record AgeRange(Integer min, Integer max) {}

    public record Total(
            @JsonProperty("studies_count") long studiesCount,
            @JsonProperty("subjects_count") long subjectsCount) {}
}

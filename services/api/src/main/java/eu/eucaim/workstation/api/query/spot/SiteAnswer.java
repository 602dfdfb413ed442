package eu.eucaim.workstation.api.query.spot;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import java.util.List;

/**
 * What a site's Focus sends in a {@code succeeded} result's body (base64 of this JSON): the provider's
 * {@code {"collections":[…]}} answer with its display name and icon put in front (samply/focus {@code src/main.rs},
 * {@code run_intermediate_rep_query}). {@code total} is there when the provider sent one (the CHAIMELEON provider
 * does not).
 *
 * @param providerIcon base64 of a PNG, or empty
 */
public record SiteAnswer(
        String provider,
        @JsonProperty("provider_icon") String providerIcon,
        List<FederatedSearchResponse.Collection> collections,
        FederatedSearchResponse.Total total) {
    public SiteAnswer {
        collections = collections == null ? null : List.copyOf(collections);
    }

    /** As a provider's answer: the total as sent, or summed over the collections when the site sent none. */
    public FederatedSearchResponse response() {
        FederatedSearchResponse.Total sum = total;
        if (sum == null) {
            // Subjects are counted per collection, so a subject in two collections counts twice here: the sum is an
            // upper bound, the best a reply without a total allows.
            long studies = collections.stream()
                    .mapToLong(FederatedSearchResponse.Collection::studiesCount)
                    .sum();
            long subjects = collections.stream()
                    .mapToLong(FederatedSearchResponse.Collection::subjectsCount)
                    .sum();
            sum = new FederatedSearchResponse.Total(studies, subjects);
        }
        return new FederatedSearchResponse(collections, sum);
    }
}

package eu.eucaim.workstation.api.query;

import java.util.Objects;

/**
 * One provider's part of a federated query.
 *
 * @param provider   the provider's federated-search URL, as configured
 * @param requestUrl the URL asked, with the query string as sent
 * @param status     how it ended
 * @param error      why it failed, in words; null when it answered
 * @param latencyMs  milliseconds from sending the request to the answer or failure
 * @param result     the provider's answer; null unless {@code status} is ANSWERED
 */
public record ProviderResult(
        String provider,
        String requestUrl,
        ProviderStatus status,
        String error,
        long latencyMs,
        FederatedSearchResponse result) {
    public ProviderResult {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(status, "status");
    }

    public boolean answered() {
        return status == ProviderStatus.ANSWERED;
    }
}

package eu.eucaim.workstation.api.query;

import java.util.Objects;

/**
 * News of a provider before its {@link ProviderResult}: for now only that it has taken the query and is working on
 * it (a Beam site's {@code claimed}), which a federated search through Spot reports.
 *
 * @param provider  the provider, as in {@link ProviderResult#provider()}
 * @param stage     where it is
 * @param latencyMs milliseconds from the start of the query
 */
public record ProviderProgress(String provider, Stage stage, long latencyMs) {
    public enum Stage {
        /** The provider has the query and is answering it. */
        CLAIMED
    }

    public ProviderProgress {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(stage, "stage");
    }
}

package eu.eucaim.workstation.app.query;

import eu.eucaim.workstation.client.query.FederatedSearchClient;
import java.net.URI;
import java.util.Objects;

/**
 * A provider the Query tab asks: a name for people and its federated-search endpoint. A node's catalogue lives
 * beside its provider API, so a result's dataset can be opened from {@link #catalogueBase()}.
 */
public record QueryProvider(String name, URI endpoint) {
    public QueryProvider {
        Objects.requireNonNull(name, "name");
        endpoint = FederatedSearchClient.endpoint(Objects.requireNonNull(endpoint, "endpoint"));
    }

    /** The node's base URL when the endpoint is a node's {@code /api/federated-search}; null for other providers. */
    public URI catalogueBase() {
        String s = endpoint.toString();
        return s.endsWith(FederatedSearchClient.NODE_PATH)
                ? URI.create(s.substring(0, s.length() - FederatedSearchClient.NODE_PATH.length()))
                : null;
    }

    /** A provider typed in Settings: named by its host and port. */
    public static QueryProvider of(URI url) {
        String host = url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
        return new QueryProvider(host, url);
    }
}

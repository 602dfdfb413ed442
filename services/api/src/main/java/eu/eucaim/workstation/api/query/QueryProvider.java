package eu.eucaim.workstation.api.query;

import java.net.URI;
import java.util.Objects;

/**
 * A provider the Query tab asks: a name for people and its federated-search endpoint. A node's catalogue lives
 * beside its provider API, so a result's dataset can be opened from {@link #catalogueBase()}.
 */
public record QueryProvider(String name, URI endpoint) {
    /** The path of the provider API on a EUCAIM node. */
    public static final String NODE_PATH = "/api/federated-search";

    public QueryProvider {
        Objects.requireNonNull(name, "name");
        endpoint = endpoint(Objects.requireNonNull(endpoint, "endpoint"));
    }

    /**
     * A provider's endpoint: a URL with a path is the endpoint itself; a bare node URL ({@code http://host:port})
     * means that node's {@link #NODE_PATH}, so that the URL a node prints can be given as it is.
     */
    public static URI endpoint(URI provider) {
        String path = provider.getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            String s = provider.toString();
            return URI.create((s.endsWith("/") ? s.substring(0, s.length() - 1) : s) + NODE_PATH);
        }
        return provider;
    }

    /** The node's base URL when the endpoint is a node's {@code /api/federated-search}; null for other providers. */
    public URI catalogueBase() {
        String s = endpoint.toString();
        return s.endsWith(NODE_PATH) ? URI.create(s.substring(0, s.length() - NODE_PATH.length())) : null;
    }

    /** A provider typed in Settings: named by its host and port. */
    public static QueryProvider of(URI url) {
        String host = url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
        return new QueryProvider(host, url);
    }
}

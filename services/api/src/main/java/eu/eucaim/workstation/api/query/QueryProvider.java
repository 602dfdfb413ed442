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
    /**
     * The fragment that marks a provider to be asked with query parameters ({@code GET ?gender=…}, focus's
     * {@code eucaim_api} form), e.g. {@code https://host/search#eucaim_api}; every other provider gets the whole AST
     * by POST (focus's query-mediator form). The fragment never goes on the wire.
     */
    public static final String EUCAIM_API = "eucaim_api";

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
            String s = withoutFragment(provider);
            String fragment = provider.getRawFragment() == null ? "" : "#" + provider.getRawFragment();
            return URI.create((s.endsWith("/") ? s.substring(0, s.length() - 1) : s) + NODE_PATH + fragment);
        }
        return provider;
    }

    /** Whether {@code endpoint} is to be asked with query parameters: it ends in {@code #eucaim_api}. */
    public static boolean takesQueryParameters(URI endpoint) {
        return EUCAIM_API.equals(endpoint.getRawFragment());
    }

    /** The endpoint as it is called: without the {@code #eucaim_api} marker. */
    public static String withoutFragment(URI endpoint) {
        String s = endpoint.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    /** The node's base URL when the endpoint is a node's {@code /api/federated-search}; null for other providers. */
    public URI catalogueBase() {
        String s = withoutFragment(endpoint);
        return s.endsWith(NODE_PATH) ? URI.create(s.substring(0, s.length() - NODE_PATH.length())) : null;
    }

    /** A provider typed in Settings: named by its host and port. */
    public static QueryProvider of(URI url) {
        String host = url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
        return new QueryProvider(host, url);
    }
}

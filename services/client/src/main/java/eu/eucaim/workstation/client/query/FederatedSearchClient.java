package eu.eucaim.workstation.client.query;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.Expected;
import eu.eucaim.workstation.client.HttpTransport;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/**
 * One federated search provider: {@code GET {url}?gender=...&modality=...} with a bearer token. The URL is the
 * provider's endpoint itself (e.g. {@code http://127.0.0.1:8080/api/federated-search}), as Focus is configured.
 */
public final class FederatedSearchClient {
    private static final Expected<FederatedSearchResponse> RESPONSE = Expected.of(
            FederatedSearchResponse.class,
            r -> r.collections() != null
                    && r.total() != null
                    && r.collections().stream().allMatch(c -> c != null && c.id() != null));

    private final HttpTransport http;
    private final HttpUrl endpoint;

    /**
     * @param tokens the bearer token for every call, asked on an HTTP thread; after a 401 it is asked once to renew
     *               (a source that cannot renew, such as {@link AccessTokenSource#fixed}, gives the 401 at once)
     */
    public FederatedSearchClient(ClientConfig config, AccessTokenSource tokens) {
        this.http = HttpTransport.unqueued(config, tokens);
        this.endpoint = HttpUrl.get(config.baseUri());
    }

    /** The path of the provider API on a EUCAIM node ({@link QueryProvider#NODE_PATH}). */
    public static final String NODE_PATH = QueryProvider.NODE_PATH;

    /** See {@link QueryProvider#endpoint(java.net.URI)}. */
    public static java.net.URI endpoint(java.net.URI provider) {
        return QueryProvider.endpoint(provider);
    }

    /** The URL asked for {@code query}: the endpoint with the query string as sent. */
    public HttpUrl url(CohortQuery query) {
        HttpUrl.Builder b = endpoint.newBuilder();
        for (Map.Entry<String, String> p : query.parameters()) {
            b.addQueryParameter(p.getKey(), p.getValue());
        }
        return b.build();
    }

    /**
     * Asks the provider. Completes on an HTTP thread with its answer, or exceptionally with a
     * {@link eu.eucaim.workstation.api.error.ServiceException} or the token source's
     * {@link eu.eucaim.workstation.api.auth.AuthException}; cancelling the future cancels the call.
     */
    public CompletableFuture<FederatedSearchResponse> search(CohortQuery query) {
        return http.get(url(query), RESPONSE);
    }
}

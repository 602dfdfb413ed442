package eu.eucaim.workstation.client.query;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.ast.FocusAst;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.Expected;
import eu.eucaim.workstation.client.HttpTransport;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/**
 * One federated search provider, asked as focus asks it. By default the whole query goes as Lens's AST by POST
 * ({@code {"ast": …, "id": …}}, pretty-printed, focus's "query mediator" form), which carries several values per
 * criterion and the age and year ranges to any provider that evaluates the tree, our nodes included. An endpoint
 * marked {@code #eucaim_api} ({@link QueryProvider#EUCAIM_API}) is asked as focus's {@code eucaim_api} form asks:
 * {@code GET {url}?gender=...&modality=...} (our extensions for several values and ranges included). Either way with a
 * bearer token, at the provider's endpoint itself (e.g. {@code http://127.0.0.1:8080/api/federated-search}).
 */
public final class FederatedSearchClient {
    private static final Expected<FederatedSearchResponse> RESPONSE = Expected.of(
            FederatedSearchResponse.class,
            r -> r.collections() != null
                    && r.total() != null
                    && r.collections().stream().allMatch(c -> c != null && c.id() != null));
    /** The POST form's reply: {@code total} is optional (CHAIMELEON's provider sends none). */
    private static final Expected<FederatedSearchResponse> POST_RESPONSE = Expected.of(
            FederatedSearchResponse.class,
            r -> r.collections() != null && r.collections().stream().allMatch(c -> c != null && c.id() != null));

    private final HttpTransport http;
    private final HttpUrl endpoint;
    private final boolean queryParameters;

    /**
     * @param tokens the bearer token for every call, asked on an HTTP thread; after a 401 it is asked once to renew
     *               (a source that cannot renew, such as {@link AccessTokenSource#fixed}, gives the 401 at once)
     */
    public FederatedSearchClient(ClientConfig config, AccessTokenSource tokens) {
        this.http = HttpTransport.unqueued(config, tokens);
        this.queryParameters = QueryProvider.takesQueryParameters(config.baseUri());
        this.endpoint = HttpUrl.get(QueryProvider.withoutFragment(config.baseUri()));
    }

    /** The path of the provider API on a EUCAIM node ({@link QueryProvider#NODE_PATH}). */
    public static final String NODE_PATH = QueryProvider.NODE_PATH;

    /** See {@link QueryProvider#endpoint(java.net.URI)}. */
    public static java.net.URI endpoint(java.net.URI provider) {
        return QueryProvider.endpoint(provider);
    }

    /** Whether this provider is asked by GET with query parameters rather than by POST of the AST. */
    public boolean takesQueryParameters() {
        return queryParameters;
    }

    /**
     * The URL asked for {@code query}: for the GET form the endpoint with the query string as sent; for the POST form
     * the endpoint (the body is {@link FocusAst#json} of the query).
     */
    public HttpUrl url(CohortQuery query) {
        if (!queryParameters) {
            return endpoint;
        }
        HttpUrl.Builder b = endpoint.newBuilder();
        for (Map.Entry<String, String> p : query.parameters()) {
            b.addQueryParameter(p.getKey(), p.getValue());
        }
        return b.build();
    }

    /**
     * Asks the provider. Completes on an HTTP thread with its answer ({@code total} summed from the collections when
     * a POST provider gives none), or exceptionally with a {@link eu.eucaim.workstation.api.error.ServiceException} or
     * the token source's {@link eu.eucaim.workstation.api.auth.AuthException}; cancelling the future cancels the call.
     */
    public CompletableFuture<FederatedSearchResponse> search(CohortQuery query) {
        if (queryParameters) {
            return http.get(url(query), RESPONSE);
        }
        String body = FocusAst.json(query, UUID.randomUUID().toString());
        CompletableFuture<FederatedSearchResponse> call =
                http.post(endpoint).jsonText(body).send(POST_RESPONSE);
        CompletableFuture<FederatedSearchResponse> answer = call.thenApply(FederatedSearchResponse::withTotal);
        // Cancelling the answer cancels the HTTP call behind it.
        answer.whenComplete((r, failure) -> {
            if (failure instanceof java.util.concurrent.CancellationException) {
                call.cancel(true);
            }
        });
        return answer;
    }
}

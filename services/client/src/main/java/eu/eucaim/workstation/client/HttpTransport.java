package eu.eucaim.workstation.client;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Asynchronous JSON GETs against one service. Every transport shares {@link SharedHttp}'s connection pool and
 * threads; each has its own timeouts. Futures complete on an HTTP thread, never on the caller's.
 */
public final class HttpTransport {
    private final ClientConfig config;
    private final HttpUrl base;
    private final OkHttpClient http;
    private final Outcomes outcomes;

    public HttpTransport(ClientConfig config) {
        this(config, SharedHttp.client());
    }

    /**
     * A transport without the per-host limit of the shared dispatcher, for fan-outs that ask many services at once
     * that may share one host (several providers on one machine): each call must start now, not queue.
     */
    public static HttpTransport unqueued(ClientConfig config) {
        return new HttpTransport(config, SharedHttp.unqueued());
    }

    private HttpTransport(ClientConfig config, OkHttpClient shared) {
        this.config = config;
        this.base = HttpUrl.get(config.baseUri());
        this.http = shared.newBuilder()
                .connectTimeout(config.connectTimeout())
                .callTimeout(config.callTimeout())
                // The call timeout bounds the whole exchange; per-read limits would only add a second, shorter
                // clock that a slow but progressing reply could trip.
                .readTimeout(Duration.ZERO)
                .writeTimeout(Duration.ZERO)
                .build();
        this.outcomes = new Outcomes(config);
    }

    public ClientConfig config() {
        return config;
    }

    /** The base URL with {@code path} (slash-separated, each segment encoded) appended. */
    public HttpUrl.Builder url(String path) {
        return base.newBuilder().addPathSegments(path);
    }

    /**
     * GETs {@code url} and reads the JSON body as {@code expected}. Cancelling the returned future cancels the call.
     * The future completes exceptionally with a {@link eu.eucaim.workstation.api.error.ServiceException} only.
     */
    public <T> CompletableFuture<T> get(HttpUrl url, Expected<T> expected) {
        return get(url, expected, null);
    }

    /** As {@link #get(HttpUrl, Expected)}, with {@code Authorization: Bearer} when {@code bearerToken} is not null. */
    public <T> CompletableFuture<T> get(HttpUrl url, Expected<T> expected, String bearerToken) {
        Request.Builder builder = new Request.Builder().url(url).header("Accept", "application/json").get();
        if (bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        Request request = builder.build();
        Call call = http.newCall(request);
        CompletableFuture<T> future = new CompletableFuture<>();
        future.whenComplete((value, failure) -> {
            if (failure instanceof CancellationException) {
                call.cancel();
            }
        });
        long start = System.nanoTime();
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                future.completeExceptionally(outcomes.failure(e, Duration.ofNanos(System.nanoTime() - start)));
            }

            @Override
            public void onResponse(Call c, Response response) {
                try {
                    future.complete(outcomes.read(response, expected, Duration.ofNanos(System.nanoTime() - start)));
                } catch (RuntimeException e) {
                    // A ServiceException, or a bug in a completeness check: either way the future must complete.
                    future.completeExceptionally(e);
                }
            }
        });
        return future;
    }
}

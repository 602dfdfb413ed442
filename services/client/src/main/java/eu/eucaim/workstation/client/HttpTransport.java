package eu.eucaim.workstation.client;

import eu.eucaim.workstation.api.platform.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Asynchronous JSON GETs and file downloads against one service. Every transport shares {@link SharedHttp}'s connection pool and
 * threads; each has its own timeouts. Futures complete on an HTTP thread, never on the caller's.
 */
public final class HttpTransport {
    private final ClientConfig config;
    private final HttpUrl base;
    private final OkHttpClient http;
    /** For file bodies: no bound on the whole exchange, but a stall longer than the call timeout fails it. */
    private final OkHttpClient downloads;

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
        this.downloads = http.newBuilder()
                .callTimeout(Duration.ZERO)
                .readTimeout(config.callTimeout())
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
        Request.Builder builder = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .get();
        if (bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        return enqueue(
                http.newCall(builder.build()), (response, elapsed) -> outcomes.read(response, expected, elapsed));
    }

    /**
     * GETs {@code url} into {@code target} through {@link AtomicFile}: the target appears only complete, with
     * exactly {@code expectedLength} bytes whose SHA-256 is {@code sha256}; otherwise it stays as it was.
     * {@code progress} gets the number of bytes of each chunk read (on an HTTP thread). Cancelling the future
     * cancels the call. Fails with a {@link eu.eucaim.workstation.api.error.ServiceException} for network and
     * protocol problems (a truncated or corrupt body is a {@link eu.eucaim.workstation.api.error.MalformedResponseException})
     * and with an {@link UncheckedIOException} when the local file cannot be written.
     */
    public CompletableFuture<Path> download(
            HttpUrl url, Path target, long expectedLength, String sha256, LongConsumer progress) {
        Request request = new Request.Builder().url(url).get().build();
        return enqueue(downloads.newCall(request), (response, elapsed) -> {
            try (response) {
                if (!response.isSuccessful()) {
                    throw outcomes.error(response);
                }
                AtomicFile.write(
                        target,
                        out -> VerifiedCopy.copy(response.body().byteStream(), out, expectedLength, sha256, progress));
                return target;
            } catch (VerifiedCopy.BodyException e) {
                throw e.getCause() instanceof java.io.InterruptedIOException timeout
                        ? outcomes.failure(timeout, elapsed)
                        : outcomes.malformed(url.encodedPath() + ": " + e.getMessage(), e.getCause());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Runs {@code call} on OkHttp's threads: a failure before any response becomes the typed timeout or
     * unreachable error, a response goes through {@code onResponse} (given the time so far), and cancelling the
     * future cancels the call.
     */
    private <T> CompletableFuture<T> enqueue(Call call, BiFunction<Response, Duration, T> onResponse) {
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
                    future.complete(onResponse.apply(response, Duration.ofNanos(System.nanoTime() - start)));
                } catch (RuntimeException e) {
                    // A ServiceException, or a bug in a completeness check: either way the future must complete.
                    future.completeExceptionally(e);
                }
            }
        });
        return future;
    }
}

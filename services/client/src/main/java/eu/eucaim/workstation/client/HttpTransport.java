package eu.eucaim.workstation.client;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.auth.SessionCookie;
import eu.eucaim.workstation.api.platform.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Asynchronous calls to one service: JSON GETs, file downloads, and writes (POST, PUT, PATCH, DELETE; see
 * {@link WriteRequest}). Every transport shares {@link SharedHttp}'s connection pool and threads; each has its own
 * timeouts. Futures complete on an HTTP thread, never on the caller's.
 *
 * <p>A transport made with an {@link AccessTokenSource} sends {@code Authorization: Bearer} with every call, asking
 * the source on an HTTP thread, and after a 401 to such a call asks it once for a renewed token and sends the call
 * once more (see {@link BearerRenewal}). A failure of the source fails the call with the source's exception.
 */
public final class HttpTransport {
    private final ClientConfig config;
    private final HttpUrl base;
    private final OkHttpClient http;
    /** For file bodies: no bound on the whole exchange, but a stall longer than the call timeout fails it. */
    private final OkHttpClient downloads;
    /**
     * For writes: OkHttp would silently send a request again after some connection failures, even one the server
     * may have acted on; a write is sent again only when its caller says so (with the same idempotency key).
     */
    private final OkHttpClient writes;
    /** For writes that stream files: as {@link #downloads}, without a bound on the whole exchange. */
    private final OkHttpClient uploads;

    private final Outcomes outcomes;
    /** The {@code Accept} of every JSON call and write: JSON unless {@link #accepting} says otherwise. */
    private final String accept;

    /** A transport for public APIs: no credentials are sent. */
    public HttpTransport(ClientConfig config) {
        this(config, SharedHttp.client(), null);
    }

    /** A transport that authenticates every call with a bearer token from {@code tokens} (see above). */
    public HttpTransport(ClientConfig config, AccessTokenSource tokens) {
        this(config, SharedHttp.client(), Objects.requireNonNull(tokens, "tokens"));
    }

    /**
     * A transport without the per-host limit of the shared dispatcher, for fan-outs that ask many services at once
     * that may share one host (several providers on one machine): each call must start now, not queue.
     */
    public static HttpTransport unqueued(ClientConfig config) {
        return new HttpTransport(config, SharedHttp.unqueued(), null);
    }

    /** As {@link #unqueued(ClientConfig)}, authenticating every call with a bearer token from {@code tokens}. */
    public static HttpTransport unqueued(ClientConfig config, AccessTokenSource tokens) {
        return new HttpTransport(config, SharedHttp.unqueued(), Objects.requireNonNull(tokens, "tokens"));
    }

    /**
     * As {@link #unqueued(ClientConfig)}, sending a web session's cookie instead of a bearer token, for a service
     * behind oauth2-proxy (see {@link SessionCookieHeader}). Redirects are not followed: the proxy's redirect to its
     * sign-in page means the session has ended, not a page to read.
     */
    public static HttpTransport unqueuedWithCookie(ClientConfig config, SessionCookie cookie) {
        return new HttpTransport(
                config,
                SharedHttp.unqueued()
                        .newBuilder()
                        .followRedirects(false)
                        .followSslRedirects(false)
                        .build(),
                null,
                new SessionCookieHeader(cookie));
    }

    /**
     * A transport that sends HTTP Basic credentials with every call (a PACS or an Orthanc with users). Only over
     * https, or to this machine: a password never crosses the network in clear text.
     *
     * @throws IllegalArgumentException for plain http to another host
     */
    public static HttpTransport withBasicAuth(ClientConfig config, String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        String host = config.baseUri().getHost();
        boolean loopback = "localhost".equalsIgnoreCase(host)
                || "127.0.0.1".equals(host)
                || "[::1]".equals(host)
                || "::1".equals(host);
        if (!"https".equalsIgnoreCase(config.baseUri().getScheme()) && !loopback) {
            throw new IllegalArgumentException(
                    "A password is sent only over https (or to this machine), not to " + config.baseUri());
        }
        String credentials = okhttp3.Credentials.basic(user, password, java.nio.charset.StandardCharsets.UTF_8);
        return new HttpTransport(
                config,
                SharedHttp.client(),
                null,
                chain -> chain.proceed(chain.request()
                        .newBuilder()
                        .header("Authorization", credentials)
                        .build()));
    }

    private HttpTransport(ClientConfig config, OkHttpClient shared, AccessTokenSource tokens) {
        this(config, shared, tokens, null);
    }

    private HttpTransport(
            ClientConfig config, OkHttpClient shared, AccessTokenSource tokens, okhttp3.Interceptor credentials) {
        this.config = config;
        this.base = HttpUrl.get(config.baseUri());
        OkHttpClient.Builder builder = shared.newBuilder()
                .connectTimeout(config.connectTimeout())
                .callTimeout(config.callTimeout())
                // The call timeout bounds the whole exchange; per-read limits would only add a second, shorter
                // clock that a slow but progressing reply could trip.
                .readTimeout(Duration.ZERO)
                .writeTimeout(Duration.ZERO);
        if (tokens != null) {
            builder.addInterceptor(new BearerToken(tokens)).authenticator(new BearerRenewal(tokens));
        }
        if (credentials != null) {
            builder.addInterceptor(credentials);
        }
        this.http = builder.build();
        this.downloads = http.newBuilder()
                .callTimeout(Duration.ZERO)
                .readTimeout(config.callTimeout())
                .build();
        this.writes = http.newBuilder().retryOnConnectionFailure(false).build();
        this.uploads = writes.newBuilder()
                .callTimeout(Duration.ZERO)
                .readTimeout(config.callTimeout())
                .writeTimeout(config.callTimeout())
                .build();
        this.outcomes = new Outcomes(config);
        this.accept = "application/json";
    }

    private HttpTransport(HttpTransport same, String accept) {
        this.config = same.config;
        this.base = same.base;
        this.http = same.http;
        this.downloads = same.downloads;
        this.writes = same.writes;
        this.uploads = same.uploads;
        this.outcomes = same.outcomes;
        this.accept = accept;
    }

    /**
     * This transport (same connections, credentials and timeouts) asking for {@code mediaRanges} instead of
     * {@code application/json}, for an API that picks its representation by {@code Accept}: the Negotiator is asked
     * for {@code application/hal+json, application/json}, as its own front end asks.
     *
     * @throws IllegalArgumentException when one of the comma-separated ranges is not a media type
     */
    public HttpTransport accepting(String mediaRanges) {
        Objects.requireNonNull(mediaRanges, "mediaRanges");
        for (String range : mediaRanges.split(",", -1)) {
            if (MediaType.parse(range.strip()) == null) {
                throw new IllegalArgumentException("Not a media type in Accept: '" + range.strip() + "'");
            }
        }
        return new HttpTransport(this, mediaRanges);
    }

    /** The {@code Accept} header this transport sends with JSON calls and writes. */
    String accept() {
        return accept;
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
     * The future completes exceptionally with a {@link eu.eucaim.workstation.api.error.ServiceException}, or with
     * the token source's {@link eu.eucaim.workstation.api.auth.AuthException}.
     */
    public <T> CompletableFuture<T> get(HttpUrl url, Expected<T> expected) {
        Request request =
                new Request.Builder().url(url).header("Accept", accept).get().build();
        return enqueue(http.newCall(request), (response, elapsed) -> outcomes.read(response, expected, elapsed));
    }

    /** A POST to {@code url}, to be given its body and sent (see {@link WriteRequest}). */
    public WriteRequest post(HttpUrl url) {
        return new WriteRequest(this, "POST", url);
    }

    public WriteRequest put(HttpUrl url) {
        return new WriteRequest(this, "PUT", url);
    }

    public WriteRequest patch(HttpUrl url) {
        return new WriteRequest(this, "PATCH", url);
    }

    public WriteRequest delete(HttpUrl url) {
        return new WriteRequest(this, "DELETE", url);
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
        Call call = downloads.newCall(request);
        return enqueue(call, (response, elapsed) -> {
            try (response) {
                if (!response.isSuccessful()) {
                    throw outcomes.error(response);
                }
                AtomicFile.write(target, out -> {
                    try (java.io.InputStream body = watched(response, call)) {
                        VerifiedCopy.copy(body, out, expectedLength, sha256, progress);
                    }
                });
                return target;
            } catch (VerifiedCopy.BodyException e) {
                // Once the reply has come, a timeout is the body's stall: longer than the call timeout.
                throw e.getCause() instanceof java.io.InterruptedIOException timeout
                        ? outcomes.failure(timeout, config.callTimeout())
                        : outcomes.malformed(url.encodedPath() + ": " + e.getMessage(), e.getCause());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
            }
        });
    }

    /** A download's body, failing once no byte has come for the call timeout (as the read timeout did). */
    private java.io.InputStream watched(Response response, Call call) {
        return StallWatch.watch(response.body().source(), config.callTimeout(), call::cancel);
    }

    /** Reads a 2xx body as it arrives (on an HTTP thread), given its {@code Content-Type}. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(String contentType, java.io.InputStream body) throws IOException;
    }

    /**
     * GETs {@code url} asking for {@code accept} and hands the body's stream to {@code reader}, which reads it as it
     * arrives (a multipart reply part by part, never whole in memory). No bound on the whole call, as for downloads.
     * An error status is the typed error; a body that breaks off is a
     * {@link eu.eucaim.workstation.api.error.MalformedResponseException} (a timeout a timeout).
     */
    public <T> CompletableFuture<T> stream(HttpUrl url, String accept, BodyReader<T> reader) {
        Request request =
                new Request.Builder().url(url).header("Accept", accept).get().build();
        Call call = downloads.newCall(request);
        return enqueue(call, (response, elapsed) -> {
            try (response) {
                if (!response.isSuccessful()) {
                    throw outcomes.error(response);
                }
                try (java.io.InputStream body = watched(response, call)) {
                    return reader.read(response.header("Content-Type", ""), body);
                }
            } catch (java.io.InterruptedIOException e) {
                throw outcomes.failure(e, config.callTimeout()); // the body stalled
            } catch (IOException e) {
                throw outcomes.malformed(url.encodedPath() + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Opens a server-sent event stream from {@code url} (okhttp-sse): no bound on the whole stream, but a silence
     * longer than the call timeout fails it. {@code listener} hears of a failure as a typed exception, never with the
     * raw response: an error status is a {@link eu.eucaim.workstation.api.error.ServiceErrorException} with the
     * server's message, a reply that is not {@code text/event-stream} a
     * {@link eu.eucaim.workstation.api.error.MalformedResponseException}, no reply a timeout or unreachable error.
     * Cancelling the returned source ends the stream; the listener then hears of a failure too.
     */
    public okhttp3.sse.EventSource events(HttpUrl url, okhttp3.sse.EventSourceListener listener) {
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", "text/event-stream")
                .get()
                .build();
        long start = System.nanoTime();
        return okhttp3.sse.EventSources.createFactory(downloads)
                .newEventSource(request, new okhttp3.sse.EventSourceListener() {
                    @Override
                    public void onOpen(okhttp3.sse.EventSource source, Response response) {
                        listener.onOpen(source, response);
                    }

                    @Override
                    public void onEvent(okhttp3.sse.EventSource source, String id, String type, String data) {
                        listener.onEvent(source, id, type, data);
                    }

                    @Override
                    public void onClosed(okhttp3.sse.EventSource source) {
                        listener.onClosed(source);
                    }

                    @Override
                    public void onFailure(okhttp3.sse.EventSource source, Throwable t, Response response) {
                        listener.onFailure(source, typed(t, response, start), null);
                    }
                });
    }

    private RuntimeException typed(Throwable t, Response response, long start) {
        if (response != null && !response.isSuccessful()) {
            return outcomes.error(response);
        }
        if (response != null) {
            // okhttp-sse gives up on a 2xx that is not text/event-stream (e.g. a sign-in page).
            return outcomes.malformed("not an event stream (" + response.header("Content-Type", "no type") + ")", t);
        }
        if (t instanceof IOException e) {
            return outcomes.noResponse(e, Duration.ofNanos(System.nanoTime() - start));
        }
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    /** Reads a reply of a protocol whose replies say more than their status (e.g. STOW-RS's stored and failed). */
    @FunctionalInterface
    public interface ReplyReader<T> {
        /**
         * @param body the reply's body as text (empty when none)
         * @return the value, or null when this is not a reply of the protocol: then an error status is the typed
         *     error and a success a {@link eu.eucaim.workstation.api.error.MalformedResponseException}
         * @throws IOException when the body is the protocol's but cannot be read
         */
        T read(int status, String contentType, String body) throws IOException;
    }

    /** The most of a protocol reply's body read as text. */
    private static final long MAX_REPLY_TEXT = 64L * 1024 * 1024;

    /**
     * POSTs {@code body} (which may stream files: no bound on the whole exchange, a stall longer than the call
     * timeout fails it; never sent again by OkHttp on its own) asking for {@code accept}, and hands every reply,
     * whatever its status, to {@code reader}. {@code progress} (or null) is told how much is sent.
     */
    public <T> CompletableFuture<T> post(
            HttpUrl url, okhttp3.RequestBody body, String accept, UploadProgress progress, ReplyReader<T> reader) {
        okhttp3.RequestBody sent = progress == null ? body : new ProgressBody(body, progress);
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", accept)
                .post(sent)
                .build();
        return enqueue(uploads.newCall(request), (response, elapsed) -> {
            try (response) {
                String text = response.peekBody(MAX_REPLY_TEXT).string();
                T value;
                try {
                    value = reader.read(response.code(), response.header("Content-Type", ""), text);
                } catch (IOException e) {
                    if (!response.isSuccessful()) {
                        throw outcomes.error(response);
                    }
                    throw outcomes.malformed(url.encodedPath() + ": " + e.getMessage(), e);
                }
                if (value != null) {
                    return value;
                }
                if (!response.isSuccessful()) {
                    throw outcomes.error(response);
                }
                throw outcomes.malformed(
                        url.encodedPath() + ": not the reply expected (" + response.code() + ")", null);
            } catch (java.io.InterruptedIOException e) {
                throw outcomes.failure(e, elapsed);
            } catch (IOException e) {
                throw outcomes.malformed(url.encodedPath() + ": " + e.getMessage(), e);
            }
        });
    }

    /** Sends a write built by {@link WriteRequest}; a body that streams files gets no bound on the whole call. */
    <T> CompletableFuture<T> send(Request request, boolean streamsFiles, Reply<T> reply) {
        OkHttpClient client = streamsFiles ? uploads : writes;
        return enqueue(client.newCall(request), (response, elapsed) -> reply.read(outcomes, response, elapsed));
    }

    /** How a write's response becomes its value: one of {@link Outcomes}' readers. */
    @FunctionalInterface
    interface Reply<T> {
        T read(Outcomes outcomes, Response response, Duration elapsed);
    }

    /**
     * Runs {@code call} on OkHttp's threads: a failure before any response becomes the typed timeout or
     * unreachable error (or the failure OkHttp only carried, see {@link CarriedFailure}), a response goes through
     * {@code onResponse} (given the time so far), and cancelling the future cancels the call.
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
                future.completeExceptionally(outcomes.noResponse(e, Duration.ofNanos(System.nanoTime() - start)));
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

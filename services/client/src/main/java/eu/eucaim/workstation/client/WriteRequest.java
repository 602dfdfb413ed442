package eu.eucaim.workstation.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import eu.eucaim.workstation.api.Json;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * A POST, PUT, PATCH or DELETE to a service, made by {@link HttpTransport#post} and its siblings: give it a body and
 * an idempotency key if it needs them, then send it with one of the {@code send} methods.
 * <pre>{@code
 * IdempotencyKey key = IdempotencyKey.random(); // once per action; a retry of the action reuses it
 * CompletableFuture<Ticket> ticket = http.post(http.url("api/tickets").build())
 *         .json(newTicket)
 *         .idempotencyKey(key)
 *         .send(TICKET);
 * }</pre>
 * Each {@code send} sends the request as it is set up then; sending it again (a retry) sends the same body with the
 * same key. Nothing is sent again automatically, except once after a 401 when the transport can renew its token.
 * Futures complete on an HTTP thread, exceptionally with a {@link eu.eucaim.workstation.api.error.ServiceException}
 * (an error status with the server's error body is a {@link eu.eucaim.workstation.api.error.ServiceErrorException}),
 * the token source's {@link eu.eucaim.workstation.api.auth.AuthException}, or an
 * {@link java.io.UncheckedIOException} when a file to upload cannot be read. Cancelling a future cancels its call,
 * an upload included. Not thread-safe: set it up on one thread.
 */
public final class WriteRequest {
    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpTransport transport;
    private final String method;
    private final HttpUrl url;
    private RequestBody body;
    private boolean streamsFiles;
    private IdempotencyKey key;
    private UploadProgress progress;

    WriteRequest(HttpTransport transport, String method, HttpUrl url) {
        this.transport = transport;
        this.method = method;
        this.url = Objects.requireNonNull(url, "url");
    }

    /**
     * {@code value} as the JSON body, written now with the shared {@link Json#mapper()}.
     *
     * @throws IllegalArgumentException when Jackson cannot write it (a programming error)
     */
    public WriteRequest json(Object value) {
        try {
            return body(RequestBody.create(Json.mapper().writeValueAsBytes(value), JSON), false);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Cannot write a " + value.getClass().getName() + " as JSON", e);
        }
    }

    /**
     * {@code json}, already written (e.g. pretty-printed as the receiver expects it), as the JSON body.
     */
    public WriteRequest jsonText(String json) {
        return body(RequestBody.create(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), JSON), false);
    }

    /**
     * {@code form} as a {@code multipart/form-data} body; its files are read while the request is sent. A request
     * that streams files has no bound on its whole length (a large file takes what it takes), only on a stall: no
     * progress for the call timeout fails it.
     */
    public WriteRequest multipart(MultipartForm form) {
        return body(form.body(), form.hasFiles());
    }

    /** Sends {@code Idempotency-Key} with the request, so that the server acts on this action once. */
    public WriteRequest idempotencyKey(IdempotencyKey key) {
        this.key = Objects.requireNonNull(key, "key");
        return this;
    }

    /** Tells {@code listener} how much of the body has been sent (see {@link UploadProgress}). */
    public WriteRequest onUploadProgress(UploadProgress listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Sends the request and reads the 2xx reply's JSON body as {@code expected}. */
    public <T> CompletableFuture<T> send(Expected<T> expected) {
        Objects.requireNonNull(expected, "expected");
        return transport.send(request(), streamsFiles, (outcomes, r, elapsed) -> outcomes.read(r, expected, elapsed));
    }

    /** As {@link #send(Expected)}, with the {@code Location} of what was created when the reply names one. */
    public <T> CompletableFuture<Created<T>> sendCreated(Expected<T> expected) {
        Objects.requireNonNull(expected, "expected");
        return transport.send(
                request(), streamsFiles, (outcomes, r, elapsed) -> outcomes.created(r, expected, elapsed));
    }

    /** Sends the request for its effect: any 2xx (204, or 200/201 with or without a body) completes with null. */
    public CompletableFuture<Void> send() {
        return transport.send(request(), streamsFiles, (outcomes, r, elapsed) -> outcomes.nothing(r));
    }

    private WriteRequest body(RequestBody value, boolean files) {
        this.body = value;
        this.streamsFiles = files;
        return this;
    }

    private Request request() {
        RequestBody sent = body;
        if (sent == null && !"DELETE".equals(method)) {
            sent = RequestBody.create(new byte[0]); // OkHttp wants a body for POST, PUT and PATCH
        }
        if (sent != null && progress != null) {
            sent = new ProgressBody(sent, progress);
        }
        Request.Builder request = new Request.Builder()
                .url(url)
                .header("Accept", transport.accept())
                .method(method, sent);
        if (key != null) {
            request.header(IdempotencyKey.HEADER, key.headerValue());
        }
        return request.build();
    }
}

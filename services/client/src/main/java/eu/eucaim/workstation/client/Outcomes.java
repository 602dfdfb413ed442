package eu.eucaim.workstation.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.error.MalformedResponseException;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.api.error.ServiceException;
import eu.eucaim.workstation.api.error.ServiceTimeoutException;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * The one place where what came back from OkHttp, a response or an {@link IOException}, becomes either the value a
 * caller expected or a typed {@link ServiceException}.
 */
final class Outcomes {
    /** Error pages can be large HTML; only the start is needed to say what went wrong. */
    private static final long MAX_ERROR_BODY = 64 * 1024;

    private final ClientConfig config;

    Outcomes(ClientConfig config) {
        this.config = config;
    }

    /** A call that failed before a response arrived. */
    ServiceException failure(IOException e, Duration elapsed) {
        String service = config.serviceName();
        if (e instanceof InterruptedIOException) {
            // Read and write timeouts are off (see HttpTransport), so a timeout is either the connect timeout,
            // which fires early, or the call timeout, which bounds everything.
            Duration limit =
                    elapsed.compareTo(config.callTimeout()) < 0 ? config.connectTimeout() : config.callTimeout();
            return new ServiceTimeoutException(service, limit, e);
        }
        // Connection refused, unknown host, TLS handshake or certificate failure, connection reset before a reply.
        return new ServiceUnreachableException(service, e);
    }

    /**
     * A call that failed before a response arrived, as its caller sees it: a failure OkHttp only carried (the token
     * source's, a local file's) as itself, anything else as {@link #failure}.
     */
    RuntimeException noResponse(IOException e, Duration elapsed) {
        return e instanceof CarriedFailure carried ? carried.carried() : failure(e, elapsed);
    }

    /** A response: the value on 2xx, otherwise the exception to complete the call with. */
    <T> T read(Response response, Expected<T> expected, Duration elapsedSoFar) throws ServiceException {
        try (response) {
            if (!response.isSuccessful()) {
                throw error(response);
            }
            if (response.code() == 204 && expected.type().isCollectionLikeType()) {
                @SuppressWarnings("unchecked") // a collection type's empty value: QIDO-RS answers no match so
                T none = (T) List.of();
                return none;
            }
            String text;
            try {
                text = response.body().string();
            } catch (IOException e) {
                if (e instanceof InterruptedIOException) {
                    throw failure(e, elapsedSoFar);
                }
                throw malformed(expected, "the body ended early (" + e.getMessage() + ")", e);
            }
            return parse(text, response.header("Content-Type"), expected);
        }
    }

    /** A response to a call that wants no value: null on 2xx (a body, if any, is not read), else the typed error. */
    Void nothing(Response response) throws ServiceException {
        try (response) {
            if (!response.isSuccessful()) {
                throw error(response);
            }
            return null;
        }
    }

    /** As {@link #read}, with the {@code Location} the response named, resolved against the request's URL. */
    <T> Created<T> created(Response response, Expected<T> expected, Duration elapsedSoFar) throws ServiceException {
        String location = response.header("Location");
        HttpUrl resolved = location == null ? null : response.request().url().resolve(location);
        T value = read(response, expected, elapsedSoFar);
        // A Location that is not a URL does not undo a create that happened: it is only not offered.
        return new Created<>(value, Optional.ofNullable(resolved).map(HttpUrl::uri));
    }

    /** A non-2xx response as the typed error, with the server's error body when it sent one. */
    ServiceErrorException error(Response response) {
        String text;
        try {
            text = response.peekBody(MAX_ERROR_BODY).string();
        } catch (IOException unreadable) {
            text = null;
        }
        return new ServiceErrorException(
                config.serviceName(),
                response.code(),
                ErrorBodies.parse(
                        config.serviceName(),
                        response.code(),
                        response.message(),
                        response.header("Content-Type"),
                        text));
    }

    private <T> T parse(String text, String contentType, Expected<T> expected) {
        if (text.isBlank()) {
            throw malformed(expected, "the body was empty", null);
        }
        T value;
        try {
            value = Json.mapper()
                    .readerFor(expected.type())
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(text);
        } catch (JsonProcessingException e) {
            String got = contentType == null ? "" : " (" + contentType + ")";
            throw malformed(
                    expected, "the body" + got + " is not valid JSON of that shape: " + e.getOriginalMessage(), e);
        }
        if (value == null || !expected.complete().test(value)) {
            throw malformed(expected, "required fields are missing", null);
        }
        return value;
    }

    /** A 2xx reply whose body is not what was expected: {@code what} says how. */
    MalformedResponseException malformed(String what, Throwable cause) {
        return new MalformedResponseException(config.serviceName(), what, cause);
    }

    private MalformedResponseException malformed(Expected<?> expected, String what, Throwable cause) {
        return new MalformedResponseException(config.serviceName(), "expected " + expected.name() + "; " + what, cause);
    }
}

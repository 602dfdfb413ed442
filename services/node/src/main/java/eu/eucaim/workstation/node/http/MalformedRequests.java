package eu.eucaim.workstation.node.http;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.http.Context;
import java.io.UnsupportedEncodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.eclipse.jetty.http.BadMessageException;

/**
 * The failures a client's request causes deep inside reading it (Jetty's parser, a charset, a multipart body, JSON),
 * as the 4xx the client should get instead of a 500.
 */
final class MalformedRequests {
    private MalformedRequests() {}

    static Optional<ApiException> of(Throwable failure, Context ctx) {
        String request = ctx.method() + " " + ctx.path();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BadMessageException bad) {
                int status = bad.getCode() >= 400 && bad.getCode() < 500 ? bad.getCode() : 400;
                String code = status == 408 ? "request_timeout" : status == 413 ? "payload_too_large" : "bad_request";
                return Optional.of(new ApiException(
                        status,
                        code,
                        "The request " + request + " could not be read: "
                                + (bad.getReason() == null ? "malformed" : bad.getReason())));
            }
            if (t instanceof UnsupportedEncodingException
                    || t instanceof UnsupportedCharsetException
                    || t instanceof IllegalCharsetNameException) {
                return Optional.of(ApiException.badRequest(
                        "The request " + request + " names a charset this node does not know: " + t.getMessage()));
            }
            if (t instanceof JacksonException json) {
                return Optional.of(ApiException.badRequest(
                        "The request body of " + request + " is not valid JSON: " + json.getOriginalMessage()));
            }
            if (isMultipart(t)) {
                return Optional.of(
                        ApiException.badRequest("The multipart body of " + request + " is broken: " + t.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** Jetty's multipart parser reports a broken body as a plain exception whose message says multipart. */
    private static boolean isMultipart(Throwable t) {
        String message = t.getMessage();
        return message != null
                && message.toLowerCase(java.util.Locale.ROOT).contains("multipart")
                && (t instanceof java.io.IOException
                        || t instanceof IllegalStateException
                        || t instanceof jakarta.servlet.ServletException);
    }
}

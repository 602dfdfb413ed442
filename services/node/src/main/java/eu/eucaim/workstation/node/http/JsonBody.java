package eu.eucaim.workstation.node.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import eu.eucaim.workstation.api.Json;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads a JSON request body (a route declared with {@link RequestBody#json}) or fails with 400 saying why. */
public final class JsonBody {
    private JsonBody() {}

    /** @throws ApiException 400 when the body is empty, not JSON, {@code null}, or not the shape of {@code type} */
    public static <T> T read(Context ctx, Class<T> type) {
        String route = ctx.method() + " " + ctx.path();
        // Said before reading: there is nothing to read (KnownLengthBodies ends a body at its stated length).
        if (ctx.contentLength() == 0) {
            throw ApiException.badRequest(route + " needs a JSON request body");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.badRequest(route + " needs a JSON request body");
        }
        T value;
        try {
            value = Json.mapper().readValue(body, type);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(
                    "The request body of " + route + " is not what it takes: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("The request body of " + route + " cannot be read: " + e.getMessage());
        }
        if (value == null) {
            throw ApiException.badRequest("The request body of " + route + " is JSON null; it takes an object");
        }
        return value;
    }
}

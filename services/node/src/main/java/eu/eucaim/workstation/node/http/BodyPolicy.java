package eu.eucaim.workstation.node.http;

import io.javalin.http.Context;

/**
 * Refuses, before anything reads it, a request body its route does not take (see {@link RequestBody}); a body must
 * say its length, so that its limit is checked before it is read.
 */
final class BodyPolicy {
    private BodyPolicy() {}

    /** Whether the request has a body (which the route takes); throws when the route does not take it. */
    static boolean check(Context ctx, ApiRoute route) {
        RequestBody body = route.body();
        long length = ctx.req().getContentLengthLong();
        boolean hasBody = length > 0 || ctx.header("Transfer-Encoding") != null;
        if (!hasBody) {
            return false;
        }
        if (body.takesNone()) {
            throw new ApiException(
                    415, "unsupported_media_type", ctx.method() + " " + route.path() + " takes no request body");
        }
        if (!body.takes(ctx.contentType())) {
            throw new ApiException(
                    415,
                    "unsupported_media_type",
                    ctx.method() + " " + route.path() + " takes " + String.join(" or ", body.mediaTypes()) + ", not "
                            + (ctx.contentType() == null ? "a body without a Content-Type" : ctx.contentType()));
        }
        if (length < 0) {
            // Chunked, with no length up front: a route's limit could only be found by reading past it.
            throw new ApiException(
                    411,
                    "length_required",
                    ctx.method() + " " + route.path() + " needs a Content-Length for its body (at most "
                            + body.maxBytes() + " bytes)");
        }
        if (length > body.maxBytes()) {
            throw new ApiException(
                    413,
                    "payload_too_large",
                    "The request body is " + length + " bytes; " + ctx.method() + " " + route.path() + " takes at most "
                            + body.maxBytes());
        }
        Charsets.check(ctx.contentType());
        if (body.isForm()) {
            HostCheck.checkFormOrigin(ctx);
        }
        return true;
    }
}

package eu.eucaim.workstation.node.auth;

import io.javalin.http.Context;

/** Headers for the provider's HTML pages: never cached, never framed (clickjacking), no scripts. */
final class HtmlResponses {
    private HtmlResponses() {}

    static void send(Context ctx, int status, String html) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        // Not no-referrer: with it, browsers send "Origin: null" on the form's own post, which the node refuses.
        ctx.header("Referrer-Policy", "same-origin");
        ctx.status(status).html(html);
    }
}

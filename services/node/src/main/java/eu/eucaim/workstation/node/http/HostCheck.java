package eu.eucaim.workstation.node.http;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code Host} a request names must be one of the node's own names: loopback, or a configured public name
 * (DNS rebinding: a page of {@code evil.example} that resolves to 127.0.0.1 sends {@code Host: evil.example}). A form
 * post must come from the node's own pages: an {@code Origin} other than the node's is a cross-site post (login CSRF).
 */
final class HostCheck {
    static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final Set<String> names;

    HostCheck(Set<String> publicNames) {
        this.names = publicNames;
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null) {
            return; // HTTP/1.0 without Host; a browser always sends one
        }
        String name = name(host);
        if (!LOOPBACK.contains(name) && !names.contains(name)) {
            // Nothing more is served on this connection: closed now, it does not count against the address's limit
            // until the idle timeout (a rebinding page may retry fast).
            ctx.header("Connection", "close");
            throw new ApiException(
                    421,
                    "misdirected_request",
                    "This node does not answer to the name '" + name + "'; address it as 127.0.0.1 or localhost"
                            + (names.isEmpty() ? "" : " or " + String.join(", ", names)));
        }
    }

    /** A form post whose {@code Origin} is not this node (as the request addressed it) is refused. */
    static void checkFormOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return; // not a browser's cross-site post: those carry an Origin
        }
        String own = ctx.scheme() + "://" + ctx.header("Host");
        if (!origin.equalsIgnoreCase(own)) {
            throw new ApiException(
                    403,
                    "cross_origin",
                    "A form from " + origin + " may not post to this node; use the node's own page at " + own);
        }
    }

    /** The host name of a {@code Host} header, without its port, lower case. */
    static String name(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}

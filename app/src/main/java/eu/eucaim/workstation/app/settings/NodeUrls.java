package eu.eucaim.workstation.app.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Checks the URL of another node as typed in Settings, and says plainly what is wrong with it. */
public final class NodeUrls {
    private NodeUrls() {}

    /** Empty when {@code text} is a usable node URL, otherwise the reason it is not. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Enter the URL of the node, e.g. http://node.example.org:8080");
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            return Optional.of("This is not a valid URL: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("The URL must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("The URL has no host name.");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            return Optional.of("The URL must not have a query (?…) or fragment (#…).");
        }
        return Optional.empty();
    }

    /** The URI of a valid node URL, without a trailing slash. */
    public static URI parse(String text) {
        problem(text).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        String s = text.strip();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s);
    }
}

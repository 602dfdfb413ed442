package eu.eucaim.workstation.app.settings;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The federated-search provider URLs typed in Settings, one per line: each must be a usable http(s) URL of the
 * provider's endpoint (e.g. {@code https://node.example.org/api/federated-search}); a query string is allowed
 * nowhere because the query adds its own.
 */
public final class ProviderUrls {
    private ProviderUrls() {}

    /** The non-blank lines of {@code text}, stripped. */
    public static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
    }

    /** Empty when every line is a usable provider URL, otherwise the first problem, naming its line. */
    public static Optional<String> problem(String text) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            Optional<String> p = NodeUrls.problem(lines.get(i));
            if (p.isPresent()) {
                return Optional.of("Provider " + (i + 1) + " (" + lines.get(i) + "): " + p.get());
            }
        }
        return Optional.empty();
    }

    public static List<URI> parse(List<String> urls) {
        List<URI> out = new ArrayList<>();
        urls.forEach(u -> out.add(NodeUrls.parse(u)));
        return out;
    }
}

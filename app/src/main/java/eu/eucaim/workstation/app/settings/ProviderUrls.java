package eu.eucaim.workstation.app.settings;

import eu.eucaim.workstation.api.query.QueryProvider;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The federated-search provider URLs typed in Settings, one per line: each must be a usable http(s) URL of the
 * provider's endpoint (e.g. {@code https://node.example.org/api/federated-search}); a query string is allowed
 * nowhere because the query adds its own. A line may end in {@code #eucaim_api} for a provider that takes the query
 * as parameters of a GET instead of the AST by POST ({@link QueryProvider#EUCAIM_API}).
 */
public final class ProviderUrls {
    private static final String MARK = "#" + QueryProvider.EUCAIM_API;

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
            Optional<String> p = NodeUrls.problem(unmarked(lines.get(i)));
            if (p.isPresent()) {
                return Optional.of("Provider " + (i + 1) + " (" + lines.get(i) + "): " + p.get());
            }
        }
        return Optional.empty();
    }

    public static List<URI> parse(List<String> urls) {
        List<URI> out = new ArrayList<>();
        for (String u : urls) {
            URI url = NodeUrls.parse(unmarked(u));
            out.add(u.strip().endsWith(MARK) ? URI.create(url + MARK) : url);
        }
        return out;
    }

    private static String unmarked(String line) {
        String s = line.strip();
        return s.endsWith(MARK) ? s.substring(0, s.length() - MARK.length()) : s;
    }
}

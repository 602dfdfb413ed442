package eu.eucaim.workstation.api.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** The query string of a {@link CohortQuery} as a provider receives it: {@code gender=male&modality=MR}. */
public final class QueryString {
    private QueryString() {}

    public static String of(CohortQuery query) {
        return query.parameters().stream()
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String s) {
        // Form encoding writes spaces as '+'; %20 is what a URL query needs and what OkHttp sends.
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package eu.eucaim.workstation.node.dicomweb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One media range of an {@code Accept} header or a {@code Content-Type}: type and parameters (names in lower case,
 * values unquoted), e.g. {@code multipart/related; type="application/octet-stream"; transfer-syntax=*}.
 */
record MediaRange(String type, Map<String, String> params) {
    /** The ranges of a header value, in order; {@code * / *} for an absent or empty header. */
    static List<MediaRange> parseAll(String header) {
        List<MediaRange> out = new ArrayList<>();
        if (header != null) {
            for (String range : split(header, ',')) {
                if (!range.isBlank()) {
                    out.add(parse(range));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new MediaRange("*/*", Map.of()));
        }
        return out;
    }

    static MediaRange parse(String range) {
        List<String> parts = split(range, ';');
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : parts.subList(1, parts.size())) {
            int eq = p.indexOf('=');
            if (eq > 0) {
                String value = p.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                params.put(p.substring(0, eq).strip().toLowerCase(Locale.ROOT), value);
            }
        }
        return new MediaRange(parts.get(0).strip().toLowerCase(Locale.ROOT), params);
    }

    /** Splits at {@code sep} outside double quotes. */
    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : s.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == sep && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    String param(String name) {
        return params.get(name);
    }

    /** Whether this range admits {@code concrete} (e.g. {@code image/png} by {@code image/*} or {@code * / *}). */
    boolean admits(String concrete) {
        if (type.equals("*/*") || type.equals(concrete)) {
            return true;
        }
        return type.endsWith("/*") && concrete.startsWith(type.substring(0, type.length() - 1));
    }
}

package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.node.dicomweb.QidoAttribute.Level;
import eu.eucaim.workstation.node.dicomweb.QidoAttribute.Match;
import eu.eucaim.workstation.node.http.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A QIDO-RS query (PS3.18 10.6.1), checked: the matching keys with their values, the attributes to return
 * ({@code includefield}, a keyword, a tag or {@code all}), {@code limit} and {@code offset};
 * {@code fuzzymatching} is taken and ignored (matching is never fuzzy). Anything else is a 400 naming the parameter:
 * an unknown parameter, an attribute the node cannot match on (ignoring it would widen the search), a malformed
 * date, range or number.
 *
 * @param filters the matching keys with a value; a key with an empty value or {@code *} only asks for the attribute
 */
public record QidoQuery(
        Level level, Map<QidoAttribute, List<String>> filters, Set<QidoAttribute> include, int limit, int offset) {
    /** No {@code limit}: every match (as Orthanc's default, {@code LimitFindResults: 0}). */
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    private static final Set<String> CONTROL = Set.of("limit", "offset", "includefield", "fuzzymatching");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern TIME = Pattern.compile("\\d{2}(\\d{2}(\\d{2}(\\.\\d{1,6})?)?)?");
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    /** Reads a query string's parameters (each name with its values, in order) for a search at {@code level}. */
    public static QidoQuery parse(Level level, Map<String, List<String>> params) {
        Map<QidoAttribute, List<String>> filters = new LinkedHashMap<>();
        Set<QidoAttribute> include = EnumSet.noneOf(QidoAttribute.class);
        int limit = NO_LIMIT;
        int offset = 0;
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String name = p.getKey();
            List<String> values = p.getValue();
            switch (name) {
                case "limit" -> limit = number(name, single(name, values), 1);
                case "offset" -> offset = number(name, single(name, values), 0);
                case "fuzzymatching" -> {
                    String v = single(name, values);
                    if (!v.equals("true") && !v.equals("false")) {
                        throw ApiException.badRequest("fuzzymatching must be true or false, not '" + v + "'");
                    }
                }
                case "includefield" -> {
                    for (String v : values) {
                        for (String field : v.split(",", -1)) {
                            includeField(field.strip(), include);
                        }
                    }
                }
                default -> {
                    QidoAttribute a = matchingKey(name);
                    String v = single(name, values);
                    if (v.isEmpty() || v.equals("*")) {
                        include.add(a); // universal matching: the attribute is returned, nothing is filtered
                    } else {
                        filters.put(a, check(a, name, v));
                    }
                }
            }
        }
        return new QidoQuery(level, Map.copyOf(filters), Set.copyOf(include), limit, offset);
    }

    private static QidoAttribute matchingKey(String name) {
        if (name.contains(".")) {
            throw ApiException.badRequest("'" + name + "': the node does not match on attributes within sequences");
        }
        if (!QidoAttribute.isAttribute(name)) {
            throw ApiException.badRequest("Unknown query parameter '" + name + "': expected a DICOM keyword or tag"
                    + " (e.g. PatientName or 00100010), or one of "
                    + String.join(", ", CONTROL.stream().sorted().toList()));
        }
        return QidoAttribute.named(name)
                .filter(a -> a.match != Match.NONE)
                .orElseThrow(() -> ApiException.badRequest("The node cannot match on '" + name + "'; it matches on "
                        + String.join(
                                ", ",
                                Arrays.stream(QidoAttribute.values())
                                        .filter(a -> a.match != Match.NONE)
                                        .map(QidoAttribute::keyword)
                                        .toList())));
    }

    private static void includeField(String field, Set<QidoAttribute> include) {
        if (field.equals("all")) {
            include.addAll(EnumSet.allOf(QidoAttribute.class));
            return;
        }
        if (!QidoAttribute.isAttribute(field)) {
            throw ApiException.badRequest(
                    "includefield '" + field + "' is not a DICOM keyword, a tag (8 hexadecimal digits) or 'all'");
        }
        // An attribute the index does not hold is left out, as Orthanc leaves out tags it does not keep.
        QidoAttribute.named(field).ifPresent(include::add);
    }

    private static String single(String name, List<String> values) {
        if (values.size() != 1) {
            throw ApiException.badRequest("'" + name + "' is given " + values.size() + " times; give it once");
        }
        return values.get(0);
    }

    private static int number(String name, String v, int min) {
        try {
            int n = Integer.parseInt(v);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ApiException.badRequest(name + " must be "
                + (min == 1 ? "a positive integer" : "an integer of at least " + min) + ", not '" + v + "'");
    }

    /** The values of a matching key, split where lists are allowed, each checked. */
    private static List<String> check(QidoAttribute a, String name, String v) {
        switch (a.match) {
            case UID_LIST, LIST, MODALITIES -> {
                List<String> items = new ArrayList<>();
                for (String item : v.split("[,\\\\]", -1)) {
                    String s = item.strip();
                    if (s.isEmpty()
                            || (a.match == Match.UID_LIST
                                    && (s.length() > 64 || !UID.matcher(s).matches()))) {
                        throw ApiException.badRequest(
                                name + " '" + v + "' is not a list of " + (a.match == Match.UID_LIST ? "UIDs" : "codes")
                                        + " separated by commas or backslashes");
                    }
                    items.add(s);
                }
                return List.copyOf(items);
            }
            case RANGE -> {
                int dash = v.indexOf('-');
                String from = dash < 0 ? v : v.substring(0, dash);
                String to = dash < 0 ? v : v.substring(dash + 1);
                if (from.isEmpty() && to.isEmpty()
                        || !from.isEmpty() && !valid(a, from)
                        || !to.isEmpty() && !valid(a, to)
                        || !from.isEmpty() && !to.isEmpty() && from.compareTo(to) > 0) {
                    String what = a.vr == eu.eucaim.workstation.dicom.VR.DA ? "YYYYMMDD" : "HHMMSS";
                    throw ApiException.badRequest(name + " '" + v + "' is not a " + what + " value or range (" + what
                            + "-" + what + ", -" + what + ", " + what + "-, the earlier first)");
                }
                return List.of(from, to);
            }
            case INTEGER -> {
                try {
                    return List.of(Integer.toString(Integer.parseInt(v.strip())));
                } catch (NumberFormatException e) {
                    throw ApiException.badRequest(name + " must be an integer, not '" + v + "'");
                }
            }
            default -> {
                return List.of(v);
            }
        }
    }

    private static boolean valid(QidoAttribute a, String value) {
        if (a.vr == eu.eucaim.workstation.dicom.VR.TM) {
            return TIME.matcher(value).matches();
        }
        try {
            LocalDate.parse(value, DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

package eu.eucaim.workstation.node.emx2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One operator of a non-reference column's filter (e.g. {@code MolgenisStringFilter}) as a test of the column's value,
 * after molgenis-emx2 {@code SqlQuery}: the operator's values are OR-ed, an array matches when any element does,
 * {@code like} is a case-insensitive substring test, {@code between} takes [min, max] pairs (a null bound is open).
 */
final class ScalarTests {
    private ScalarTests() {}

    static Predicate<Object> of(Emx2Column c, String operator, Object argument) {
        if (!c.type().operators().contains(operator)) {
            throw new Emx2QueryException("Operator " + operator + " not supported for column " + c.name());
        }
        if (operator.equals("is_null")) {
            boolean wantNull = Boolean.TRUE.equals(argument);
            return v -> isNull(v) == wantNull;
        }
        List<Object> values = argument instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>(List.of(argument));
        Predicate<Object> equal = equalToAny(values);
        return switch (operator) {
            case "equals", "match_any" -> v -> any(v, equal);
            case "not_equals" -> v -> !isNull(v) && !any(v, equal);
            case "match_all" -> v -> values.stream().allMatch(w -> any(v, x -> same(x, w)));
            case "like" -> v -> any(v, x -> values.stream().anyMatch(w -> contains(x, w)));
            case "not_like" -> v -> isNull(v) || !any(v, x -> values.stream().anyMatch(w -> contains(x, w)));
            case "text_search", "trigram_search" ->
                v -> any(v, x -> values.stream().anyMatch(w -> words(x, w)));
            case "between" -> v -> any(v, x -> between(x, values));
            case "not_between" -> v -> !isNull(v) && !any(v, x -> between(x, values));
            default -> throw new Emx2QueryException("Operator " + operator + " not supported for column " + c.name());
        };
    }

    /** Equality with any of {@code values}: a set look-up for text (the common case: term names, ids). */
    private static Predicate<Object> equalToAny(List<Object> values) {
        if (values.stream().allMatch(w -> w instanceof String)) {
            java.util.Set<Object> set = java.util.Set.copyOf(new java.util.HashSet<>(values));
            return x -> x instanceof String ? set.contains(x) : set.contains(String.valueOf(x));
        }
        return x -> {
            for (Object w : values) {
                if (same(x, w)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static boolean isNull(Object v) {
        return v == null || (v instanceof List<?> l && l.isEmpty());
    }

    private static boolean any(Object v, Predicate<Object> test) {
        if (v == null) {
            return false;
        }
        if (v instanceof List<?> list) {
            for (Object x : list) {
                if (x != null && test.test(x)) {
                    return true;
                }
            }
            return false;
        }
        return test.test(v);
    }

    private static boolean same(Object value, Object wanted) {
        if (value instanceof Number a && wanted instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return String.valueOf(value).equals(String.valueOf(wanted));
    }

    private static boolean contains(Object value, Object wanted) {
        return String.valueOf(value)
                .toLowerCase(Locale.ROOT)
                .contains(String.valueOf(wanted).toLowerCase(Locale.ROOT));
    }

    /** Full-text search approximated: every word of the term occurs in the value. */
    private static boolean words(Object value, Object term) {
        String text = String.valueOf(value).toLowerCase(Locale.ROOT);
        for (String w : String.valueOf(term).toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean between(Object value, List<Object> bounds) {
        for (int i = 0; i + 1 < bounds.size(); i += 2) {
            Object min = bounds.get(i);
            Object max = bounds.get(i + 1);
            if ((min == null || Values.compare(value, min) >= 0) && (max == null || Values.compare(value, max) <= 0)) {
                return true;
            }
        }
        return false;
    }
}

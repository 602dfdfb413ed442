package eu.eucaim.workstation.node.emx2;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A GraphQL {@code filter} argument, as graphql-java coerced it, turned into a test of rows, with EMX2's meaning
 * (molgenis-emx2 {@code GraphqlTableFieldFactory.convertMapToFilterArray} and {@code SqlQuery}'s where clauses):
 * the entries of one object are AND-ed, {@code _or}/{@code _and} nest, a filter on a reference column matches a row
 * when any row it references matches, the values of one operator are OR-ed, an array column matches when any of its
 * elements does. Text operators ignore case.
 */
final class RowFilter {
    private final Emx2Data data;

    RowFilter(Emx2Data data) {
        this.data = data;
    }

    Predicate<Map<String, Object>> compile(Emx2Table table, Map<String, Object> filter) {
        if (filter == null || filter.isEmpty()) {
            return r -> true;
        }
        List<Predicate<Map<String, Object>>> all = new ArrayList<>();
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            Predicate<Map<String, Object>> p = entry(table, e.getKey(), e.getValue());
            if (p != null) {
                all.add(p);
            }
        }
        return and(all);
    }

    @SuppressWarnings("unchecked")
    private Predicate<Map<String, Object>> entry(Emx2Table table, String key, Object value) {
        switch (key) {
            case "_or", "_and" -> {
                if (value == null) {
                    return null;
                }
                List<Predicate<Map<String, Object>>> nested = new ArrayList<>();
                for (Map<String, Object> m : (List<Map<String, Object>>) value) {
                    nested.add(compile(table, m));
                }
                return key.equals("_or") ? or(nested) : and(nested);
            }
            case "_search" -> {
                if (!(value instanceof String s) || s.isBlank()) {
                    return null;
                }
                String[] terms = s.toLowerCase(Locale.ROOT).split(" ");
                TableRows rows = data.table(table.name());
                return r -> containsAll(rows.searchText(r), terms);
            }
            case "equals", "not_equals" -> {
                if (value == null) {
                    return null;
                }
                List<Predicate<Map<String, Object>>> keys = new ArrayList<>();
                for (Map<String, Object> m : (List<Map<String, Object>>) value) {
                    keys.add(keyFilter(table, m, key.equals("equals")));
                }
                return or(keys);
            }
            case "_match_any_including_children",
                    "_match_any_including_parents",
                    "_match_path",
                    "_search_including_parents" -> {
                // On an ontology table itself: the term is one of those named, or of their family.
                Set<String> names = family(table, key, (List<String>) value);
                return r -> names.contains(String.valueOf(r.get("name")));
            }
            case "_match_all" -> {
                return null; // EMX2 reads it at the parent column (below) and skips it here
            }
            default -> {
                Emx2Column c = table.columnById(key)
                        .orElseThrow(() -> new Emx2QueryException(
                                "Graphql API error: Column " + key + " unknown in table " + table.name()));
                return column(table, c, (Map<String, Object>) value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Predicate<Map<String, Object>> column(Emx2Table table, Emx2Column c, Map<String, Object> ops) {
        if (ops == null) {
            return null;
        }
        if (!c.type().isReference()) {
            if (ops.size() > 1) {
                throw new Emx2QueryException("Can only have one operator, found multiple for " + c.name());
            }
            if (ops.isEmpty()) {
                return null;
            }
            Map.Entry<String, Object> op = ops.entrySet().iterator().next();
            Predicate<Object> test = ScalarTests.of(c, op.getKey(), op.getValue());
            return r -> test.test(r.get(c.id()));
        }
        Map<String, Object> remaining = new LinkedHashMap<>(ops);
        List<Predicate<Map<String, Object>>> all = new ArrayList<>();
        Emx2Table ref = data.model().table(c.refTable());
        // As in EMX2, only one of these is read at the column, in this order; the rest goes to the nested filter.
        for (String op : List.of(
                "_match_any_including_children",
                "_search_including_parents",
                "_match_path",
                "_is_null",
                "_match_all")) {
            if (remaining.containsKey(op)) {
                Object v = remaining.remove(op);
                all.add(referenceOperator(c, ref, op, v));
                break;
            }
        }
        if (!remaining.isEmpty()) {
            // The referenced table is small next to the rows tested (terms, series): test its rows once.
            Predicate<Map<String, Object>> nested = compile(ref, remaining);
            Set<Map<String, Object>> passing = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Map<String, Object> target : data.table(ref.name()).rows()) {
                if (nested.test(target)) {
                    passing.add(target);
                }
            }
            all.add(r -> anyRef(r.get(c.id()), passing::contains));
        }
        return and(all);
    }

    @SuppressWarnings("unchecked")
    private Predicate<Map<String, Object>> referenceOperator(Emx2Column c, Emx2Table ref, String op, Object v) {
        if (op.equals("_is_null")) {
            boolean wantNull = Boolean.TRUE.equals(v);
            return r -> refs(r.get(c.id())).isEmpty() == wantNull;
        }
        List<Object> values = v == null ? List.of() : (List<Object>) v;
        String keyColumn = ref.primaryKey().id();
        if (op.equals("_match_all")) {
            return r -> {
                Set<Object> have = new HashSet<>();
                refs(r.get(c.id())).forEach(x -> have.add(x.get(keyColumn)));
                return have.containsAll(values);
            };
        }
        Set<String> names = family(ref, op, values.stream().map(String::valueOf).toList());
        return r -> anyRef(r.get(c.id()), x -> names.contains(String.valueOf(x.get(keyColumn))));
    }

    /** The names of the terms an ontology operator accepts: those given and their children, parents or both. */
    private Set<String> family(Emx2Table ontology, String op, List<String> values) {
        TableRows rows = data.table(ontology.name());
        Set<String> out = new HashSet<>();
        List<Map<String, Object>> start = new ArrayList<>();
        if (op.equals("_search_including_parents")) {
            // Terms whose name or label contains a value; a term matches when it or a parent is one of them.
            for (Map<String, Object> r : rows.rows()) {
                String text = (r.get("name") + " " + r.get("label")).toLowerCase(Locale.ROOT);
                if (values.stream().anyMatch(v -> text.contains(v.toLowerCase(Locale.ROOT)))) {
                    start.add(r);
                }
            }
            walk(start, "children", out);
            return out;
        }
        values.forEach(v -> rows.byKey(v).ifPresent(start::add));
        values.forEach(out::add);
        if (!op.equals("_match_any_including_parents")) {
            walk(start, "children", out);
        }
        if (!op.equals("_match_any_including_children")) {
            walk(start, "parent", out);
        }
        return out;
    }

    private static void walk(List<Map<String, Object>> start, String link, Set<String> out) {
        Deque<Map<String, Object>> todo = new ArrayDeque<>(start);
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Map<String, Object> term = todo.pop();
            String name = String.valueOf(term.get("name"));
            if (seen.add(name)) {
                out.add(name);
                todo.addAll(refs(term.get(link)));
            }
        }
    }

    private Predicate<Map<String, Object>> keyFilter(Emx2Table table, Map<String, Object> key, boolean equals) {
        List<Predicate<Map<String, Object>>> all = new ArrayList<>();
        for (Map.Entry<String, Object> e : key.entrySet()) {
            Emx2Column c = table.columnById(e.getKey())
                    .orElseThrow(
                            () -> new Emx2QueryException("Filter " + e.getKey() + " unknown in table " + table.id()));
            Object wanted = e.getValue();
            all.add(r -> Objects.equals(r.get(c.id()), wanted) == equals);
        }
        return and(all);
    }

    /** Whether any row the reference value holds passes; a loop, as this runs for every row of a table. */
    @SuppressWarnings("unchecked")
    private static boolean anyRef(Object value, Predicate<Map<String, Object>> test) {
        if (value instanceof List<?> list) {
            for (Object x : list) {
                if (test.test((Map<String, Object>) x)) {
                    return true;
                }
            }
            return false;
        }
        return value != null && test.test((Map<String, Object>) value);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> refs(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return (List<Map<String, Object>>) list;
        }
        return List.of((Map<String, Object>) value);
    }

    private static boolean containsAll(String text, String[] terms) {
        for (String t : terms) {
            if (!text.contains(t.strip())) {
                return false;
            }
        }
        return true;
    }

    static <T> Predicate<T> and(List<Predicate<T>> all) {
        return switch (all.size()) {
            case 0 -> r -> true;
            case 1 -> all.get(0);
            default ->
                r -> {
                    for (Predicate<T> p : all) {
                        if (!p.test(r)) {
                            return false;
                        }
                    }
                    return true;
                };
        };
    }

    static <T> Predicate<T> or(List<Predicate<T>> any) {
        return switch (any.size()) {
            case 0 -> r -> true; // EMX2: an empty _or adds no condition
            case 1 -> any.get(0);
            default ->
                r -> {
                    for (Predicate<T> p : any) {
                        if (p.test(r)) {
                            return true;
                        }
                    }
                    return false;
                };
        };
    }
}

package eu.eucaim.workstation.node.emx2;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data fetchers of the table fields: each reads the rows of one {@link Emx2Data} snapshot (the context of the
 * execution, so a catalogue refresh never mixes two snapshots in one reply) and runs a {@link RowQuery}.
 */
final class Emx2Fetchers {
    static final String DATA = "emx2.data";
    /** Rows matched by a filter in this execution: a page's rows, count and groups often share one filter. */
    static final String MATCHES = "emx2.matches";

    private static final List<String> AGGREGATES = List.of("max", "min", "avg", "sum");

    DataFetcher<Object> rows(Emx2Table t) {
        return env -> {
            List<Map<String, Object>> rows = matching(env, t);
            // Matches are paged by rank without sorting; any other list is sorted in place, so on a copy.
            return query(env).page(t, rows instanceof Matches ? rows : new ArrayList<>(rows), env.getArguments());
        };
    }

    DataFetcher<Object> aggregate(Emx2Table t) {
        return env -> {
            RowQuery q = query(env);
            return q.aggregate(t, matching(env, t), asked(env, t));
        };
    }

    DataFetcher<Object> groupBy(Emx2Table t) {
        return env -> {
            RowQuery q = query(env);
            return grouped(env, t, q, matching(env, t));
        };
    }

    /** A single reference; with a filter that it fails, null (as EMX2's nested filter leaves it out). */
    DataFetcher<Object> ref(Emx2Table ref, Emx2Column c) {
        return env -> {
            Object value = source(env).get(c.id());
            if (value == null || env.getArguments().get("filter") == null) {
                return value;
            }
            List<Map<String, Object>> kept = query(env).matching(ref, RowFilter.refs(value), env.getArguments());
            return kept.isEmpty() ? null : kept.get(0);
        };
    }

    DataFetcher<Object> refs(Emx2Table ref, Emx2Column c) {
        return env -> {
            Object value = source(env).get(c.id());
            if (value == null || env.getArguments().isEmpty()) {
                return value;
            }
            return query(env).select(ref, RowFilter.refs(value), env.getArguments());
        };
    }

    DataFetcher<Object> nestedAggregate(Emx2Table ref, Emx2Column c) {
        return env -> {
            RowQuery q = query(env);
            return q.aggregate(
                    ref, q.matching(ref, RowFilter.refs(source(env).get(c.id())), env.getArguments()), asked(env, ref));
        };
    }

    DataFetcher<Object> nestedGroupBy(Emx2Table ref, Emx2Column c) {
        return env -> {
            RowQuery q = query(env);
            return grouped(
                    env, ref, q, q.matching(ref, RowFilter.refs(source(env).get(c.id())), env.getArguments()));
        };
    }

    private static Object grouped(
            DataFetchingEnvironment env, Emx2Table t, RowQuery q, List<Map<String, Object>> rows) {
        List<String> columns = new ArrayList<>();
        boolean sum = false;
        for (SelectedField f : env.getSelectionSet().getImmediateFields()) {
            String name = f.getName();
            if (name.equals("sum")) {
                sum = true;
            } else if (!name.equals("count") && !name.startsWith("__") && !columns.contains(name)) {
                columns.add(name);
            }
        }
        if (columns.size() == 1 && !sum) {
            java.util.Optional<String> deeper = deeperReference(env, t, columns.get(0));
            if (deeper.isPresent()) {
                return groupedThrough(rows, columns.get(0), deeper.get());
            }
        }
        return q.groupBy(rows, columns, sum ? ids(t.numericColumns()) : List.of());
    }

    /**
     * For {@code column { ref { … } }} where {@code column} and {@code ref} are both references (a dataset's
     * distributions' rights statements): {@code ref}'s id, to group by the rows it reaches rather than by the
     * column's own rows, which are each dataset's own.
     */
    private static java.util.Optional<String> deeperReference(DataFetchingEnvironment env, Emx2Table t, String column) {
        java.util.Optional<Emx2Column> c =
                t.columnById(column).filter(x -> x.type().isReference());
        if (c.isEmpty()) {
            return java.util.Optional.empty();
        }
        Emx2Table ref = data(env).model().table(c.get().refTable());
        List<SelectedField> sub = env.getSelectionSet().getImmediateFields().stream()
                .filter(f -> f.getName().equals(column))
                .flatMap(f -> f.getSelectionSet().getImmediateFields().stream())
                .filter(f -> !f.getName().startsWith("__"))
                .toList();
        if (sub.size() != 1) {
            return java.util.Optional.empty();
        }
        return ref.columnById(sub.get(0).getName())
                .filter(x -> x.type().isReference())
                .map(Emx2Column::id);
    }

    private static List<Map<String, Object>> groupedThrough(List<Map<String, Object>> rows, String column, String ref) {
        // Counted from what each row reaches, worked out once per snapshot: this runs for every page over every match.
        Map<Object, int[]> counts = new java.util.IdentityHashMap<>();
        int none = 0;
        Object[][] reached = rows instanceof Matches m ? m.table().through(column, ref) : null;
        for (int i = 0; i < rows.size(); i++) {
            Object[] targets = reached != null
                    ? reached[((Matches) rows).position(i)]
                    : TableRows.reach(rows.get(i).get(column), ref);
            if (targets.length == 0) {
                none++;
            }
            for (Object t : targets) {
                counts.computeIfAbsent(t, k -> new int[1])[0]++;
            }
        }
        List<Map<String, Object>> groups = new ArrayList<>(counts.size() + 1);
        counts.forEach((target, n) -> groups.add(RowQuery.oneGroup(n[0], column, Map.of(ref, target))));
        groups.sort((a, b) ->
                Values.compareNullsLast(((Map<?, ?>) a.get(column)).get(ref), ((Map<?, ?>) b.get(column)).get(ref)));
        if (none > 0) {
            groups.add(RowQuery.oneGroup(none, column, null));
        }
        return groups;
    }

    /** The numeric columns, when max/min/avg/sum is asked for (counting alone needs none). */
    private static List<String> asked(DataFetchingEnvironment env, Emx2Table t) {
        for (String f : AGGREGATES) {
            if (env.getSelectionSet().contains(f)) {
                return ids(t.numericColumns());
            }
        }
        return List.of();
    }

    /** The table's rows that pass the field's filter and search, computed once per execution and filter. */
    private static List<Map<String, Object>> matching(DataFetchingEnvironment env, Emx2Table t) {
        Map<Object, List<Map<String, Object>>> matches = env.getGraphQlContext().get(MATCHES);
        Map<String, Object> args = env.getArguments();
        List<Object> key = java.util.Arrays.asList(t.name(), args.get("filter"), args.get("search"));
        List<Map<String, Object>> rows = matches.get(key);
        if (rows == null) {
            rows = query(env).matching(t, data(env).table(t.name()).rows(), filterAndSearch(args));
            matches.put(key, rows);
        }
        return rows;
    }

    private static Map<String, Object> filterAndSearch(Map<String, Object> args) {
        Map<String, Object> only = new java.util.HashMap<>();
        only.put("filter", args.get("filter"));
        only.put("search", args.get("search"));
        return only;
    }

    private static List<String> ids(List<Emx2Column> columns) {
        return columns.stream().map(Emx2Column::id).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(DataFetchingEnvironment env) {
        return (Map<String, Object>) env.getSource();
    }

    private static Emx2Data data(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(DATA);
    }

    private static RowQuery query(DataFetchingEnvironment env) {
        return new RowQuery(data(env));
    }
}

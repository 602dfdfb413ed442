package eu.eucaim.workstation.node.emx2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Runs what a table field asks for over a list of rows: the rows themselves (filter, search, orderby, offset,
 * limit), their aggregate ({@code _agg}) or their grouping ({@code _groupBy}), as molgenis-emx2 {@code SqlQuery} does.
 */
final class RowQuery {
    private final Emx2Data data;
    private final RowFilter filters;

    RowQuery(Emx2Data data) {
        this.data = data;
        this.filters = new RowFilter(data);
    }

    /** The rows of {@code source} that pass the {@code filter} and {@code search} arguments, in their order. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> matching(Emx2Table table, List<Map<String, Object>> source, Map<String, Object> args) {
        Predicate<Map<String, Object>> p = filters.compile(table, (Map<String, Object>) args.get("filter"));
        Object search = args.get("search");
        if (search instanceof String s && !s.isBlank()) {
            p = p.and(searchTest(table, s));
        }
        TableRows all = data.table(table.name());
        if (source == all.rows()) {
            int[] positions = new int[source.size()];
            int n = 0;
            for (int i = 0; i < source.size(); i++) {
                if (p.test(source.get(i))) {
                    positions[n++] = i;
                }
            }
            return new Matches(all, java.util.Arrays.copyOf(positions, n));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> r : source) {
            if (p.test(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** EMX2's table search: every space-separated term occurs (any case) in the row's search text. */
    Predicate<Map<String, Object>> searchTest(Emx2Table table, String search) {
        String[] terms = search.toLowerCase(java.util.Locale.ROOT).split(" ");
        TableRows rows = data.table(table.name());
        return r -> {
            String text = rows.searchText(r);
            for (String t : terms) {
                if (!text.contains(t.strip())) {
                    return false;
                }
            }
            return true;
        };
    }

    /** {@link #matching} then orderby, offset and limit. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> select(Emx2Table table, List<Map<String, Object>> source, Map<String, Object> args) {
        return page(table, matching(table, source, args), args);
    }

    /** Orders {@code rows} (a list it may sort in place) by orderby, then cuts offset and limit. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> page(Emx2Table table, List<Map<String, Object>> rows, Map<String, Object> args) {
        List<Map<String, Object>> orderBy = (List<Map<String, Object>>) args.get("orderby");
        int offset = args.get("offset") instanceof Integer o ? Math.max(0, o) : 0;
        int limit = args.get("limit") instanceof Integer l ? Math.max(0, l) : Integer.MAX_VALUE;
        if (orderBy != null && !orderBy.isEmpty()) {
            Comparator<Map<String, Object>> order = order(table, orderBy);
            if (rows instanceof Matches m) {
                return ranked(m, m.table().ranks(orderBy.toString(), order), offset, limit);
            }
            long wanted = (long) offset + limit;
            if (wanted < rows.size() / 8) {
                // A page of a long list: keep the first offset+limit in a heap instead of sorting everything.
                return firstOf(rows, order, (int) wanted)
                        .subList(Math.min(offset, (int) wanted), (int) Math.min(wanted, rows.size()));
            }
            rows.sort(order);
        }
        int from = Math.min(offset, rows.size());
        int to = (int) Math.min((long) from + limit, rows.size());
        return new ArrayList<>(rows.subList(from, to));
    }

    /**
     * A page of {@code m} by the table's rank of each row in the order asked (worked out once per snapshot and order):
     * every page over every match then compares numbers, not rows. Equal rows keep table order, as a stable sort.
     */
    private static List<Map<String, Object>> ranked(Matches m, int[] rank, int offset, int limit) {
        long[] keyed = new long[m.size()];
        for (int i = 0; i < keyed.length; i++) {
            keyed[i] = ((long) rank[m.position(i)] << 32) | i;
        }
        java.util.Arrays.sort(keyed);
        int from = Math.min(offset, keyed.length);
        int to = (int) Math.min((long) from + limit, keyed.length);
        List<Map<String, Object>> out = new ArrayList<>(to - from);
        for (int j = from; j < to; j++) {
            out.add(m.get((int) keyed[j]));
        }
        return out;
    }

    /** The first {@code k} rows in {@code order}; rows that order equally keep their list order (stable). */
    private static List<Map<String, Object>> firstOf(
            List<Map<String, Object>> rows, Comparator<Map<String, Object>> order, int k) {
        Comparator<Integer> byRow = (a, b) -> {
            int c = order.compare(rows.get(a), rows.get(b));
            return c != 0 ? c : Integer.compare(a, b);
        };
        java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>(k + 1, byRow.reversed());
        for (int i = 0; i < rows.size(); i++) {
            if (heap.size() < k) {
                heap.add(i);
            } else if (k > 0 && byRow.compare(i, heap.peek()) < 0) {
                heap.poll();
                heap.add(i);
            }
        }
        List<Integer> kept = new ArrayList<>(heap);
        kept.sort(byRow);
        List<Map<String, Object>> out = new ArrayList<>(kept.size());
        kept.forEach(i -> out.add(rows.get(i)));
        return out;
    }

    private static Comparator<Map<String, Object>> order(Emx2Table table, List<Map<String, Object>> orderBy) {
        Comparator<Map<String, Object>> order = (a, b) -> 0;
        for (Map<String, Object> entry : orderBy) {
            for (Map.Entry<String, Object> e : entry.entrySet()) {
                if (table.columnById(e.getKey()).isEmpty()) {
                    throw new Emx2QueryException("Unknown order by column id: " + e.getKey());
                }
                boolean descending = "DESC".equals(String.valueOf(e.getValue()));
                String column = e.getKey();
                // PostgreSQL: NULLS LAST ascending, NULLS FIRST descending.
                Comparator<Map<String, Object>> c = (a, b) -> Values.compareNullsLast(a.get(column), b.get(column));
                order = order.thenComparing(descending ? c.reversed() : c);
            }
        }
        return order;
    }

    /** {@code <table>_agg}: count, exists and max/min/avg/sum of the numeric columns asked for. */
    Map<String, Object> aggregate(Emx2Table table, List<Map<String, Object>> rows, List<String> numericAsked) {
        Map<String, Object> agg = new LinkedHashMap<>();
        agg.put("count", rows.size());
        agg.put("exists", !rows.isEmpty());
        for (String f : List.of("max", "min", "avg", "sum")) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String column : numericAsked) {
                values.put(column, numeric(f, rows, column));
            }
            agg.put(f, values);
        }
        return agg;
    }

    private static Object numeric(String f, List<Map<String, Object>> rows, String column) {
        List<Number> values = new ArrayList<>();
        rows.forEach(r -> {
            if (r.get(column) instanceof Number n) {
                values.add(n);
            }
        });
        if (values.isEmpty()) {
            return null;
        }
        boolean integral = values.get(0) instanceof Integer;
        return switch (f) {
            case "max" ->
                values.stream()
                        .max(Comparator.comparingDouble(Number::doubleValue))
                        .orElseThrow();
            case "min" ->
                values.stream()
                        .min(Comparator.comparingDouble(Number::doubleValue))
                        .orElseThrow();
            case "avg" ->
                values.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
            default ->
                integral
                        ? (Object) values.stream().mapToLong(Number::longValue).sum()
                        : values.stream().mapToDouble(Number::doubleValue).sum();
        };
    }

    /**
     * {@code <table>_groupBy}: one group per combination of the asked columns' values, an array column unnested (a
     * row with none falls in the null group), counting row-value combinations as EMX2's {@code count(*)} over the
     * unnested join does; groups ordered by their values, nulls last.
     */
    List<Map<String, Object>> groupBy(List<Map<String, Object>> rows, List<String> columns, List<String> summed) {
        if (columns.size() == 1 && summed.isEmpty()) {
            return groupByOne(rows, columns.get(0));
        }
        Map<List<Object>, Map<String, Object>> groups = new HashMap<>();
        List<List<Object>> combos = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            combos.clear();
            combos.add(new ArrayList<>());
            for (String column : columns) {
                List<Object> values = unnest(r.get(column));
                List<List<Object>> next = new ArrayList<>();
                for (List<Object> combo : combos) {
                    for (Object v : values) {
                        List<Object> longer = new ArrayList<>(combo);
                        longer.add(v);
                        next.add(longer);
                    }
                }
                combos.clear();
                combos.addAll(next);
            }
            for (List<Object> combo : combos) {
                List<Object> key = new ArrayList<>(combo.size());
                combo.forEach(v -> key.add(v instanceof Map<?, ?> m ? List.of("ref", Values.key(m)) : v));
                Map<String, Object> group = groups.computeIfAbsent(key, k -> newGroup(columns, combo, summed));
                group.merge("count", 1, (a, b) -> (Integer) a + (Integer) b);
                if (!summed.isEmpty()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> sum = (Map<String, Object>) group.get("sum");
                    for (String s : summed) {
                        if (r.get(s) instanceof Number n) {
                            sum.merge(s, n.longValue(), (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
                        }
                    }
                }
            }
        }
        List<Map<String, Object>> out = new ArrayList<>(groups.values());
        out.sort((a, b) -> {
            for (String column : columns) {
                int c = Values.compareNullsLast(a.get(column), b.get(column));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        return out;
    }

    /** A facet's count: the common case of one column and only counts, without building combinations. */
    private static List<Map<String, Object>> groupByOne(List<Map<String, Object>> rows, String column) {
        if (rows instanceof Matches m) {
            return groupByCodes(m, column);
        }
        // key → {value, count}; a referenced row is its own key (one object per row, so identity is enough)
        Map<Object, Object[]> groups = new java.util.IdentityHashMap<>();
        Map<Object, Object[]> scalars = new HashMap<>();
        Object nullKey = new Object();
        for (Map<String, Object> row : rows) {
            Object value = row.get(column);
            if (value instanceof List<?> list && !list.isEmpty()) {
                for (Object v : list) {
                    count(v instanceof Map<?, ?> ? groups : scalars, v, nullKey);
                }
            } else {
                Object v = value instanceof List<?> ? null : value;
                count(v instanceof Map<?, ?> ? groups : scalars, v, nullKey);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>(groups.size() + scalars.size());
        List<Object[]> all = new ArrayList<>(groups.values());
        all.addAll(scalars.values());
        for (Object[] g : all) {
            out.add(oneGroup((Integer) g[1], column, g[0]));
        }
        out.sort((a, b) -> Values.compareNullsLast(a.get(column), b.get(column)));
        return out;
    }

    /** {@link #groupByOne} over matches, from the column's codes: the same groups, counted as integers. */
    private static List<Map<String, Object>> groupByCodes(Matches m, String column) {
        TableRows.Codes codes = m.table().codes(column);
        int[] counts = new int[codes.values().length];
        int none = 0;
        for (int i = 0; i < m.size(); i++) {
            for (int code : codes.perRow()[m.position(i)]) {
                if (code < 0) {
                    none++;
                } else {
                    counts[code]++;
                }
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                out.add(oneGroup(counts[code], column, codes.values()[code]));
            }
        }
        if (none > 0) {
            out.add(oneGroup(none, column, null));
        }
        out.sort((a, b) -> Values.compareNullsLast(a.get(column), b.get(column)));
        return out;
    }

    /** A {@code _groupBy} row: its count, then the grouped value. */
    static Map<String, Object> oneGroup(int count, String column, Object value) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("count", count);
        group.put(column, value);
        return group;
    }

    private static void count(Map<Object, Object[]> groups, Object value, Object nullKey) {
        Object key = value == null ? nullKey : value;
        Object[] g = groups.computeIfAbsent(key, k -> new Object[] {value, 0});
        g[1] = (Integer) g[1] + 1;
    }

    private static Map<String, Object> newGroup(List<String> columns, List<Object> combo, List<String> summed) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("count", 0);
        for (int i = 0; i < columns.size(); i++) {
            group.put(columns.get(i), combo.get(i));
        }
        if (!summed.isEmpty()) {
            group.put("sum", new LinkedHashMap<String, Object>());
        }
        return group;
    }

    private static List<Object> unnest(Object value) {
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return java.util.Collections.singletonList(null);
            }
            return new ArrayList<>(list);
        }
        return java.util.Collections.singletonList(value);
    }
}

package eu.eucaim.workstation.node.emx2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of one table. A row is a map from column id to value: a String, Integer, Double or Boolean, a list of
 * those for an array column, and for a reference the referenced row itself (a list of rows for an array), so that a
 * nested GraphQL selection reads straight through. Rows are filled while the
 * node builds its catalogue view ({@link CatalogueRows}) and only read after.
 */
public final class TableRows {
    private final Emx2Table table;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final Map<Object, Map<String, Object>> byKey = new LinkedHashMap<>();
    private final Map<Map<String, Object>, String> searchText = Collections.synchronizedMap(new IdentityHashMap<>());

    private final Map<String, Integer> positions = new java.util.HashMap<>();
    private final String[] columnIds;

    TableRows(Emx2Table table) {
        this.table = table;
        this.columnIds = table.columns().stream().map(Emx2Column::id).toArray(String[]::new);
        for (int i = 0; i < columnIds.length; i++) {
            positions.put(columnIds[i], i);
        }
    }

    public Emx2Table table() {
        return table;
    }

    public List<Map<String, Object>> rows() {
        return rows;
    }

    private final Map<String, Object[]> columns = new java.util.concurrent.ConcurrentHashMap<>();

    /** One column's values in row order, made on first use (rows do not change once the snapshot is built). */
    Object[] column(String columnId) {
        return columns.computeIfAbsent(columnId, id -> {
            Object[] values = new Object[rows.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rows.get(i).get(id);
            }
            return values;
        });
    }

    /** A column's distinct values, and per row the codes of its values ({@code -1}: none), for counting. */
    record Codes(Object[] values, int[][] perRow) {}

    private final Map<String, Codes> codes = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@code column} as codes, made on first use: a facet count over every match then adds up small integers. A row's
     * list is coded value by value (a null value, an empty list or no value: {@code -1}); referenced rows are
     * distinct by identity, other values by equality.
     */
    Codes codes(String column) {
        return codes.computeIfAbsent(column, k -> {
            Object[] cells = column(column);
            Map<Object, Integer> refs = new IdentityHashMap<>();
            Map<Object, Integer> scalars = new java.util.HashMap<>();
            List<Object> values = new ArrayList<>();
            int[][] perRow = new int[cells.length][];
            for (int i = 0; i < cells.length; i++) {
                Object cell = cells[i];
                List<?> list = cell instanceof List<?> l && !l.isEmpty()
                        ? l
                        : Collections.singletonList(cell instanceof List<?> ? null : cell);
                int[] row = new int[list.size()];
                for (int j = 0; j < row.length; j++) {
                    Object v = list.get(j);
                    if (v == null) {
                        row[j] = -1;
                    } else {
                        Map<Object, Integer> ids = v instanceof Map<?, ?> ? refs : scalars;
                        row[j] = ids.computeIfAbsent(v, x -> {
                            values.add(x);
                            return values.size() - 1;
                        });
                    }
                }
                perRow[i] = row;
            }
            return new Codes(values.toArray(), perRow);
        });
    }

    private final Map<String, int[]> ranks = new java.util.concurrent.ConcurrentHashMap<>();

    /** Each row's place in {@code order} (named {@code key}), equal rows in table order; made on first use. */
    int[] ranks(String key, java.util.Comparator<Map<String, Object>> order) {
        return ranks.computeIfAbsent(key, k -> {
            Integer[] byOrder = new Integer[rows.size()];
            for (int i = 0; i < byOrder.length; i++) {
                byOrder[i] = i;
            }
            java.util.Arrays.sort(byOrder, (a, b) -> order.compare(rows.get(a), rows.get(b))); // stable
            int[] rank = new int[byOrder.length];
            for (int r = 0; r < byOrder.length; r++) {
                rank[byOrder[r]] = r;
            }
            return rank;
        });
    }

    private final Map<String, Object[][]> reached = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Per row, the distinct rows its {@code column} reaches through their {@code ref} (a dataset's distributions'
     * rights statements), made on first use like {@link #column}: a facet two references deep then costs one pass.
     */
    Object[][] through(String column, String ref) {
        return reached.computeIfAbsent(column + "." + ref, k -> {
            Object[] values = column(column);
            Object[][] out = new Object[values.length][];
            for (int i = 0; i < values.length; i++) {
                out[i] = reach(values[i], ref);
            }
            return out;
        });
    }

    /** The rows {@code value} (a row or a list of rows) reaches through {@code ref}, each once (by identity). */
    static Object[] reach(Object value, String ref) {
        List<Object> found = new ArrayList<>(2);
        for (Object one : value instanceof List<?> l ? l : java.util.Collections.singletonList(value)) {
            if (one instanceof Map<?, ?> m && m.get(ref) != null) {
                Object target = m.get(ref);
                for (Object t : target instanceof List<?> many ? many : List.of(target)) {
                    if (found.stream().noneMatch(x -> x == t)) {
                        found.add(t);
                    }
                }
            }
        }
        return found.toArray();
    }

    public Optional<Map<String, Object>> byKey(Object key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** A new, empty row with every column null; added at once. */
    Map<String, Object> add(Object key) {
        if (byKey.containsKey(key)) {
            throw new IllegalArgumentException("Duplicate key '" + key + "' in table " + table.name());
        }
        Map<String, Object> row = new RowMap(positions, columnIds);
        row.put(table.primaryKey().id(), key);
        rows.add(row);
        byKey.put(key, row);
        return row;
    }

    /**
     * What EMX2's {@code search} looks in (its {@code mg_search} column): the row's own values and the key and label
     * of what it references, lower-cased. Built on first use and kept.
     */
    String searchText(Map<String, Object> row) {
        return searchText.computeIfAbsent(row, r -> {
            StringBuilder text = new StringBuilder();
            for (Emx2Column c : table.columns()) {
                append(text, r.get(c.id()), c);
            }
            return text.toString().toLowerCase(Locale.ROOT);
        });
    }

    private static void append(StringBuilder text, Object value, Emx2Column c) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(v -> append(text, v, c));
        } else if (value instanceof Map<?, ?> ref) {
            // A referenced row contributes its key and its label, as EMX2 indexes a reference.
            for (String field : List.of("id", "name", "label")) {
                if (ref.get(field) instanceof String s) {
                    text.append(s).append(' ');
                }
            }
        } else if (c.type() != ColumnType.REFBACK) {
            text.append(value).append(' ');
        }
    }
}

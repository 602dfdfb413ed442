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

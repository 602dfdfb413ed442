package eu.eucaim.workstation.node.emx2;

import java.util.List;
import java.util.Map;

/** Ordering of column values as the database orders them: numbers by value, text by code point, lists element-wise. */
final class Values {
    private Values() {}

    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = compareNullsLast(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            // A referenced row orders by its key (every table of the model has one key column, "id" or "name").
            return compare(key(x), key(y));
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    static int compareNullsLast(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return compare(a, b);
    }

    static Object key(Map<?, ?> row) {
        Object id = row.get("id");
        return id != null ? id : row.get("name");
    }
}

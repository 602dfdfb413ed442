package eu.eucaim.workstation.node.emx2;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A row: its values in column order in one array, the column positions shared by every row of the table. Reading a
 * column of 10,000 rows this way touches one array per row, not a hash table and its entries. Equality is identity
 * (rows refer to one another, also in cycles: an ontology term and its parent).
 */
final class RowMap extends AbstractMap<String, Object> {
    private final Map<String, Integer> positions;
    private final String[] columns;
    private final Object[] values;

    RowMap(Map<String, Integer> positions, String[] columns) {
        this.positions = positions;
        this.columns = columns;
        this.values = new Object[columns.length];
    }

    @Override
    public Object get(Object column) {
        Integer i = positions.get(column);
        return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object column) {
        return positions.containsKey(column);
    }

    @Override
    public Object put(String column, Object value) {
        Integer i = positions.get(column);
        if (i == null) {
            throw new IllegalArgumentException("No column '" + column + "' in this table");
        }
        Object old = values[i];
        values[i] = value;
        return old;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < columns.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= columns.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(columns[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return columns.length;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "row " + columns[0] + "=" + values[0];
    }
}

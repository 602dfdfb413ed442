package eu.eucaim.workstation.node.emx2;

import java.util.AbstractList;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Rows of one table picked by a filter, as positions in the table: a facet count then reads one column as an array
 * ({@link TableRows#column}) instead of looking it up in every row's map, which for 10,000 rows is most of the cost.
 */
final class Matches extends AbstractList<Map<String, Object>> implements RandomAccess {
    private final TableRows table;
    private final int[] positions;

    Matches(TableRows table, int[] positions) {
        this.table = table;
        this.positions = positions;
    }

    TableRows table() {
        return table;
    }

    int position(int i) {
        return positions[i];
    }

    @Override
    public Map<String, Object> get(int i) {
        return table.rows().get(positions[i]);
    }

    @Override
    public int size() {
        return positions.length;
    }
}

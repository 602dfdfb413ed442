package eu.eucaim.workstation.node.emx2;

import java.util.List;
import java.util.Optional;

/**
 * One table of the model. {@code tableType} is EMX2's: "DATA", or "ONTOLOGIES" for the vocabulary tables EMX2 makes
 * for an ontology column's refTable.
 */
public record Emx2Table(
        String name,
        String id,
        String tableType,
        List<String> semantics,
        String label,
        String description,
        List<Emx2Column> columns) {
    public Emx2Table {
        semantics = List.copyOf(semantics);
        columns = List.copyOf(columns);
    }

    public Optional<Emx2Column> columnById(String columnId) {
        return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
    }

    public Emx2Column column(String columnId) {
        return columnById(columnId)
                .orElseThrow(() -> new IllegalArgumentException("No column '" + columnId + "' in table " + name));
    }

    /** The primary key column (EMX2 key 1); every table of the EUCAIM model has exactly one. */
    public Emx2Column primaryKey() {
        return columns.stream()
                .filter(c -> c.key() == 1)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Table " + name + " has no key 1"));
    }

    /** The single-valued int and decimal columns: those {@code _agg} and {@code _groupBy} sum, average, … */
    public List<Emx2Column> numericColumns() {
        return columns.stream()
                .filter(c -> !c.type().isArray()
                        && (c.type().base() == ColumnType.Base.INT || c.type().base() == ColumnType.Base.DECIMAL))
                .toList();
    }

    public boolean isOntology() {
        return "ONTOLOGIES".equals(tableType);
    }
}

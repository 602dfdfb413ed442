package eu.eucaim.workstation.node.emx2;

import java.util.List;

/**
 * One column of the model as EMX2 holds it.
 *
 * @param id       the GraphQL identifier: EMX2 camel-cases the name ({@link Emx2Names#columnId})
 * @param key      1 for the primary key, 0 for none
 * @param required "true" or "false" (EMX2 keeps it as a string: it may be an expression)
 * @param refTable the referenced table's name, for references
 * @param refBack  for a refback column, the column of the referencing table
 * @param position EMX2's column position (system columns are negative)
 */
public record Emx2Column(
        String table,
        String name,
        String id,
        ColumnType type,
        int key,
        String required,
        String refTable,
        String refLabel,
        String refBack,
        List<String> semantics,
        String label,
        String description,
        int position) {
    public Emx2Column {
        semantics = List.copyOf(semantics);
    }

    public boolean isSystem() {
        return name.startsWith("mg_");
    }
}

package eu.eucaim.workstation.client.catalogue.emx2;

import eu.eucaim.workstation.client.catalogue.emx2.Emx2Schema.Column;
import eu.eucaim.workstation.client.catalogue.emx2.Emx2Schema.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a catalogue's {@code Collections} table (datasets) and {@code Biobanks} table (dataset series) bound
 * to what the app shows, by semantics. A field whose IRI no column carries stays unbound, and the datasets show it
 * empty; only the key and the title are needed.
 */
final class CollectionBinding {
    private final Emx2Schema schema;
    private final Table collections;
    private final Column key;
    private final Map<CollectionField, Column> columns = new EnumMap<>(CollectionField.class);
    private final Optional<Table> series;

    private CollectionBinding(Emx2Schema schema, Table collections, Column key, Optional<Table> series) {
        this.schema = schema;
        this.collections = collections;
        this.key = key;
        this.series = series;
    }

    /**
     * Binds {@code schema}'s tables.
     *
     * @throws IllegalArgumentException naming what is missing: no collections table, no key, no title
     */
    static CollectionBinding of(Emx2Schema schema) {
        Table collections = schema.table("Collections")
                .orElseThrow(() -> new IllegalArgumentException("the schema has no table 'Collections'"));
        Column key = collections
                .key()
                .orElseThrow(() -> new IllegalArgumentException("the table 'Collections' has no key column"));
        CollectionBinding b = new CollectionBinding(schema, collections, key, schema.table("Biobanks"));
        for (CollectionField f : CollectionField.values()) {
            collections.withSemantics(f.iri()).ifPresent(c -> b.columns.put(f, c));
        }
        if (!b.columns.containsKey(CollectionField.TITLE)) {
            throw new IllegalArgumentException(
                    "the table 'Collections' has no column with semantics " + CollectionField.TITLE.iri());
        }
        return b;
    }

    Emx2Schema schema() {
        return schema;
    }

    Table collections() {
        return collections;
    }

    Column key() {
        return key;
    }

    Optional<Column> column(CollectionField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The dataset series table ({@code Biobanks}, dcat:DatasetSeries), when the schema has one. */
    Optional<Table> series() {
        return series;
    }

    /** The table {@code column} references. */
    Optional<Table> target(Column column) {
        return column.isReference() ? schema.tableById(column.refTableId()) : Optional.empty();
    }

    /**
     * The columns {@code nested} goes through, its field's column first; empty when a table on the way has no column
     * with the semantics asked.
     */
    Optional<List<Column>> path(NestedField nested) {
        Optional<Column> start = column(nested.field());
        if (start.isEmpty()) {
            return Optional.empty();
        }
        List<Column> path = new ArrayList<>(List.of(start.get()));
        for (String iri : nested.path()) {
            Optional<Column> next = target(path.get(path.size() - 1)).flatMap(t -> t.withSemantics(iri));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            path.add(next.get());
        }
        return Optional.of(List.copyOf(path));
    }

    /** {@code nested} as a GraphQL path ({@code distribution.rights.id}): a reference at the end by its key. */
    Optional<String> selection(NestedField nested) {
        return path(nested).flatMap(columns -> {
            Column last = columns.get(columns.size() - 1);
            List<String> ids = new ArrayList<>(columns.stream().map(Column::id).toList());
            if (last.isReference()) {
                Optional<Column> key = targetKey(last);
                if (key.isEmpty()) {
                    return Optional.empty();
                }
                ids.add(key.get().id());
            }
            return Optional.of(String.join(".", ids));
        });
    }

    /** The key column of the table {@code column} references: what its values are filtered and grouped by. */
    Optional<Column> targetKey(Column column) {
        return target(column).flatMap(Table::key);
    }
}

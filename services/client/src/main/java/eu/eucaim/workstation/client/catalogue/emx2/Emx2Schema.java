package eu.eucaim.workstation.client.catalogue.emx2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An EMX2 schema as its GraphQL {@code _schema} query describes it: tables with their GraphQL ids, columns with
 * their ids, types ({@code ONTOLOGY_ARRAY}, {@code REF}, …), key, referenced table ({@code refTableId}) and
 * semantics, already expanded to IRIs.
 */
record Emx2Schema(List<Table> tables) {
    /** The discovery query: only fields that EMX2's {@code MolgenisTableType}/{@code MolgenisColumnType} have. */
    static final String QUERY =
            "{\n_schema {\n    tables {\n        name,\n        id,\n        columns {\n            name,\n"
                    + "            id,\n            columnType,\n            key,\n            refTableId,\n"
                    + "            semantics\n        }\n    }\n  }\n}";

    record Table(String name, String id, List<Column> columns) {
        Optional<Column> column(String columnId) {
            return columns.stream().filter(c -> c.id().equals(columnId)).findFirst();
        }

        /** The first column whose semantics include {@code iri}. */
        Optional<Column> withSemantics(String iri) {
            return columns.stream().filter(c -> c.semantics().contains(iri)).findFirst();
        }

        /** The primary key's (first) column: what a reference to this table is filtered and grouped by. */
        Optional<Column> key() {
            return columns.stream()
                    .filter(c -> c.key() != null && c.key() == 1)
                    .findFirst()
                    .or(() -> column("name"))
                    .or(() -> column("id"));
        }

        /** What to show for a row: an ontology's {@code label}, else a name or title by semantics, else nothing. */
        Optional<Column> display() {
            return column("label")
                    .or(() -> withSemantics("http://xmlns.com/foaf/0.1/name"))
                    .or(() -> withSemantics("http://purl.org/dc/terms/title"))
                    .or(() -> withSemantics("http://www.w3.org/2006/vcard/ns#fn"))
                    .or(() -> withSemantics("http://www.w3.org/2000/01/rdf-schema#label"));
        }
    }

    record Column(String name, String id, String columnType, Integer key, String refTableId, List<String> semantics) {
        boolean isReference() {
            return refTableId != null && (columnType.startsWith("REF") || columnType.startsWith("ONTOLOGY"));
        }

        boolean isArray() {
            return columnType.endsWith("_ARRAY");
        }
    }

    /** The {@code _schema} object of a reply. */
    static Emx2Schema parse(JsonNode schema) {
        JsonNode tables = schema.path("tables");
        if (!tables.isArray()) {
            throw new IllegalArgumentException("_schema has no list of tables");
        }
        List<Table> parsed = new ArrayList<>();
        for (JsonNode t : tables) {
            List<Column> columns = new ArrayList<>();
            for (JsonNode c : t.path("columns")) {
                List<String> semantics = new ArrayList<>();
                c.path("semantics").forEach(s -> semantics.add(s.asText()));
                columns.add(new Column(
                        text(c, "name"),
                        required(c, "id", "a column of " + text(t, "name")),
                        c.path("columnType").asText("STRING").toUpperCase(Locale.ROOT),
                        c.path("key").isInt() ? c.path("key").asInt() : null,
                        text(c, "refTableId"),
                        List.copyOf(Semantics.expand(semantics))));
            }
            parsed.add(new Table(text(t, "name"), required(t, "id", "a table"), List.copyOf(columns)));
        }
        return new Emx2Schema(List.copyOf(parsed));
    }

    /** The table whose name or id is {@code name}, in any case (EMX2 ids are the names in PascalCase). */
    Optional<Table> table(String name) {
        return tables.stream()
                .filter(t -> name.equalsIgnoreCase(t.name()) || name.equalsIgnoreCase(t.id()))
                .findFirst();
    }

    Optional<Table> tableById(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String required(JsonNode node, String field, String what) {
        String v = text(node, field);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(what + " has no " + field);
        }
        return v;
    }
}

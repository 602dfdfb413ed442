package eu.eucaim.workstation.node.emx2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The EUCAIM catalogue's EMX2 model, read from the project's published {@code molgenis.tsv} (a resource next to this
 * class, see its README): the declared tables, plus the ontology tables EMX2 creates for an ontology column whose
 * refTable the model does not declare (molgenis-emx2 {@code SqlColumnExecutor.getOntologyTableDefinition}), plus the
 * system columns EMX2 gives every table ({@code mg_draft}, {@code mg_insertedBy}, …).
 */
public record Emx2Model(String schemaName, List<Emx2Table> tables) {
    static final String RESOURCE_DIR = "/eu/eucaim/workstation/node/emx2/model/";
    private static final String NCIT = "http://purl.obolibrary.org/obo/NCIT_";

    public Emx2Model {
        tables = List.copyOf(tables);
    }

    /**
     * The model shipped with the node, as schema {@code Eucaim}: the published sheet, then the node's additions
     * ({@code node-additions.tsv}: columns the REST catalogue has data for and the sheet has no column for, each with
     * a standard semantics IRI; the model's README lists them).
     */
    public static Emx2Model eucaim() {
        String sheet = resourceText("molgenis.tsv");
        String additions = resourceText("node-additions.tsv");
        String body = additions.substring(additions.indexOf('\n') + 1);
        return readText("Eucaim", sheet.endsWith("\n") ? sheet + body : sheet + "\n" + body);
    }

    private static Emx2Model readText(String schema, String tsv) {
        try {
            return read(schema, new java.io.ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resourceText(String name) {
        try (InputStream in = Emx2Model.class.getResourceAsStream(RESOURCE_DIR + name)) {
            return new String(
                    Objects.requireNonNull(in, name + " is missing from the node's resources")
                            .readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Emx2Table> tableById(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Emx2Table table(String name) {
        return tables.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table '" + name + "' in the model"));
    }

    /** Reads a model sheet: a row without columnName declares a table, every other row is a column of its table. */
    public static Emx2Model read(String schemaName, InputStream tsv) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        List<String> header = Arrays.asList(reader.readLine().split("\t", -1));
        Map<String, String[]> declared = new LinkedHashMap<>();
        Map<String, List<Emx2Column>> columns = new LinkedHashMap<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> row = cells(header, line);
            String table = row.get("tableName");
            if (row.get("columnName").isEmpty()) {
                // A table is declared once with its semantics and label; later bare rows repeat the name only.
                declared.merge(
                        table,
                        new String[] {
                            row.get("tableType"), row.get("semantics"), row.get("label"), row.get("description")
                        },
                        (old, now) -> old[1].isEmpty() && old[2].isEmpty() ? now : old);
                columns.computeIfAbsent(table, k -> new ArrayList<>());
                continue;
            }
            List<Emx2Column> list = columns.computeIfAbsent(table, k -> new ArrayList<>());
            try {
                list.add(column(table, row, list.size()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("molgenis.tsv line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        List<Emx2Table> tables = new ArrayList<>();
        columns.keySet().forEach(name -> declared.putIfAbsent(name, new String[] {"", "", "", ""}));
        declared.forEach((name, t) -> tables.add(new Emx2Table(
                name,
                Emx2Names.tableId(name),
                t[0].isEmpty() ? "DATA" : t[0].toUpperCase(Locale.ROOT),
                list(t[1]),
                t[2].isEmpty() ? name : t[2],
                t[3].isEmpty() ? null : t[3],
                withSystemColumns(name, columns.get(name)))));
        columns.values().stream()
                .flatMap(List::stream)
                .filter(c -> c.type().isOntology())
                .map(Emx2Column::refTable)
                .distinct()
                .filter(ref -> !declared.containsKey(ref))
                .sorted()
                .forEach(ref -> tables.add(ontologyTable(ref)));
        Emx2Model model = new Emx2Model(schemaName, tables);
        model.checkReferences();
        return model;
    }

    private void checkReferences() {
        for (Emx2Table t : tables) {
            for (Emx2Column c : t.columns()) {
                if (c.type().isReference()
                        && tables.stream().noneMatch(x -> x.name().equals(c.refTable()))) {
                    throw new IllegalArgumentException(
                            "Column " + t.name() + "." + c.name() + " references unknown table '" + c.refTable() + "'");
                }
            }
        }
    }

    private static Emx2Column column(String table, Map<String, String> row, int position) {
        ColumnType type = ColumnType.of(row.get("columnType"));
        String refTable = row.get("refTable");
        if (type.isReference() && refTable.isEmpty()) {
            throw new IllegalArgumentException(
                    table + "." + row.get("columnName") + " is a reference without refTable");
        }
        return new Emx2Column(
                table,
                row.get("columnName"),
                Emx2Names.columnId(row.get("columnName")),
                type,
                "1".equals(row.get("key")) ? 1 : 0,
                bool(row.get("required")),
                type.isReference() ? refTable : null,
                type.isReference() && !row.get("refLabel").isEmpty() ? row.get("refLabel") : null,
                row.get("refBack").isEmpty() ? null : row.get("refBack"),
                list(row.get("semantics")),
                row.get("label").isEmpty() ? row.get("columnName") : row.get("label"),
                row.get("description").isEmpty() ? null : row.get("description"),
                position);
    }

    /** The model's required cells say 1/0, TRUE/FALSE or true/false; EMX2 stores "true"/"false". */
    private static String bool(String cell) {
        return "1".equals(cell) || "true".equalsIgnoreCase(cell) ? "true" : "false";
    }

    private static List<String> list(String cell) {
        return cell.isBlank()
                ? List.of()
                : Arrays.stream(cell.split(",")).map(String::strip).toList();
    }

    private static Map<String, String> cells(List<String> header, String line) {
        String[] values = line.split("\t", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), i < values.length ? values[i].strip() : "");
        }
        return row;
    }

    private static Emx2Table ontologyTable(String name) {
        List<Emx2Column> columns = List.of(
                plain(name, "order", ColumnType.INT, 0, NCIT + "C42680", 0),
                plain(name, "name", ColumnType.STRING, 1, NCIT + "C42614", 1),
                plain(name, "label", ColumnType.STRING, 0, NCIT + "C45561", 2),
                plain(name, "tags", ColumnType.STRING_ARRAY, 0, null, 3),
                new Emx2Column(
                        name,
                        "parent",
                        "parent",
                        ColumnType.REF,
                        0,
                        "false",
                        name,
                        null,
                        null,
                        List.of(NCIT + "C80013"),
                        "parent",
                        null,
                        4),
                plain(name, "codesystem", ColumnType.STRING, 0, NCIT + "C70895", 5),
                plain(name, "code", ColumnType.STRING, 0, NCIT + "C25162", 6),
                plain(name, "ontologyTermURI", ColumnType.HYPERLINK, 0, NCIT + "C114456", 7),
                plain(name, "definition", ColumnType.TEXT, 0, NCIT + "C42777", 8),
                new Emx2Column(
                        name,
                        "children",
                        "children",
                        ColumnType.REFBACK,
                        0,
                        "false",
                        name,
                        null,
                        "parent",
                        List.of(NCIT + "C90504"),
                        "children",
                        null,
                        9));
        return new Emx2Table(
                name, Emx2Names.tableId(name), "ONTOLOGIES", List.of(), name, null, withSystemColumns(name, columns));
    }

    private static Emx2Column plain(String table, String name, ColumnType type, int key, String semantics, int pos) {
        return new Emx2Column(
                table,
                name,
                name,
                type,
                key,
                key == 1 ? "true" : "false",
                null,
                null,
                null,
                semantics == null ? List.of() : List.of(semantics),
                name,
                null,
                pos);
    }

    /** EMX2 adds these to every table (negative positions); the node has no edit history, so they stay null. */
    private static List<Emx2Column> withSystemColumns(String table, List<Emx2Column> columns) {
        List<Emx2Column> all = new ArrayList<>(columns);
        all.add(plain(table, "mg_draft", ColumnType.BOOL, 0, null, -5));
        all.add(plain(table, "mg_insertedBy", ColumnType.STRING, 0, null, -4));
        all.add(plain(table, "mg_insertedOn", ColumnType.DATETIME, 0, null, -3));
        all.add(plain(table, "mg_updatedBy", ColumnType.STRING, 0, null, -2));
        all.add(plain(table, "mg_updatedOn", ColumnType.DATETIME, 0, null, -1));
        return all;
    }
}

package eu.eucaim.workstation.node.emx2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The terms of one ontology table: first the vocabulary the model ships (a TSV next to molgenis.tsv, when there is
 * one), then the terms the node's data needs that the vocabulary lacks. {@link #link} then resolves {@code parent}
 * and fills {@code children}, so that both read as rows.
 */
final class OntologyTerms {
    private final TableRows rows;
    private final List<String[]> parents = new ArrayList<>();

    private OntologyTerms(TableRows rows) {
        this.rows = rows;
    }

    static OntologyTerms load(TableRows rows) {
        OntologyTerms terms = new OntologyTerms(rows);
        String resource = Emx2Model.RESOURCE_DIR + rows.table().name() + ".tsv";
        try (InputStream in = OntologyTerms.class.getResourceAsStream(resource)) {
            if (in != null) {
                terms.read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return terms;
    }

    private void read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = Arrays.asList(reader.readLine().split("\t", -1));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String name = cell(header, cells, "name");
            Map<String, Object> row = rows.add(name);
            put(
                    row,
                    "order",
                    blankToNull(cell(header, cells, "order")) == null
                            ? null
                            : Integer.valueOf(cell(header, cells, "order")));
            for (String column : List.of("label", "codesystem", "code", "ontologyTermURI", "definition")) {
                put(row, column, blankToNull(cell(header, cells, column)));
            }
            String tags = blankToNull(cell(header, cells, "tags"));
            put(
                    row,
                    "tags",
                    tags == null
                            ? null
                            : Arrays.stream(tags.split(",")).map(String::strip).toList());
            String parent = blankToNull(cell(header, cells, "parent"));
            if (parent != null) {
                parents.add(new String[] {name, parent});
            }
        }
    }

    private void put(Map<String, Object> row, String column, Object value) {
        if (rows.table().columnById(column).isPresent()) {
            row.put(column, value);
        }
    }

    /** The term called {@code name}, or the one whose label is {@code label} (any case). */
    Optional<Map<String, Object>> find(String name, String label) {
        Optional<Map<String, Object>> byName = rows.byKey(name);
        if (byName.isPresent() || label == null) {
            return byName;
        }
        String wanted = label.toLowerCase(Locale.ROOT);
        return rows.rows().stream()
                .filter(r -> r.get("label") instanceof String l
                        && l.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** The term, added (with what the node knows of it) when the vocabulary does not have it. */
    Map<String, Object> findOrAdd(String name, String label, String codesystem, String code, String uri) {
        return find(name, label).orElseGet(() -> {
            Map<String, Object> row = rows.add(name);
            put(row, "label", label);
            put(row, "codesystem", codesystem);
            put(row, "code", code);
            put(row, "ontologyTermURI", uri);
            return row;
        });
    }

    /** Resolves every {@code parent} name to its row and fills {@code children}; unknown parents are dropped. */
    void link() {
        boolean parentIsArray =
                rows.table().columnById("parent").map(c -> c.type().isArray()).orElse(false);
        for (String[] link : parents) {
            Map<String, Object> child = rows.byKey(link[0]).orElseThrow();
            rows.byKey(link[1]).ifPresent(parent -> {
                child.put("parent", parentIsArray ? List.of(parent) : parent);
                @SuppressWarnings("unchecked")
                List<Object> children = (List<Object>) parent.get("children");
                List<Object> more = children == null ? new ArrayList<>() : new ArrayList<>(children);
                more.add(child);
                parent.put("children", List.copyOf(more));
            });
        }
    }

    private static String cell(List<String> header, String[] cells, String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= cells.length ? "" : cells[i].strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package eu.eucaim.workstation.node.emx2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows a data table of the model ships with (a TSV next to molgenis.tsv named after the table, first line the
 * column ids, the key first), such as the catalogue's three {@code rightsstatement} rows that distributions refer to.
 * Cells are text; a column the table does not have is an error, as a typo would be.
 */
final class SeedRows {
    private SeedRows() {}

    static void load(TableRows rows) {
        String resource = Emx2Model.RESOURCE_DIR + rows.table().name() + ".tsv";
        try (InputStream in = Objects.requireNonNull(
                SeedRows.class.getResourceAsStream(resource), resource + " is missing from the node's resources")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = Arrays.asList(reader.readLine().split("\t", -1));
            for (String column : header) {
                if (rows.table().columnById(column).isEmpty()) {
                    throw new IllegalArgumentException(
                            resource + ": the table " + rows.table().name() + " has no column '" + column + "'");
                }
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, Object> row = rows.add(cells[0].strip());
                for (int i = 1; i < header.size() && i < cells.length; i++) {
                    if (!cells[i].isBlank()) {
                        row.put(header.get(i), cells[i].strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}

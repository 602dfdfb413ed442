package eu.eucaim.workstation.api.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.eucaim.workstation.api.platform.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query report as a table, for a spreadsheet: one row per dataset a provider found, and one row for a provider that
 * found none or failed. Every row names the query, so rows copied elsewhere keep their meaning. RFC 4180 (quoted
 * where needed), UTF-8, a header row. The JSON report ({@link QueryReportFile}) stays the one that can be opened again.
 */
public final class QueryReportCsv {
    static final List<String> COLUMNS = List.of(
            "query",
            "provider",
            "status",
            "error",
            "latency_ms",
            "dataset_id",
            "dataset",
            "subjects",
            "studies",
            "age_min",
            "age_max",
            "sex",
            "modalities",
            "body_parts");

    private QueryReportCsv() {}

    public static String toCsv(QueryReport report) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        try {
            return new CsvMapper().writer(schema.build()).writeValueAsString(rows(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A query report could not be written as CSV", e);
        }
    }

    /** Writes atomically: a crash never leaves half a table. */
    public static void write(Path file, QueryReport report) throws IOException {
        byte[] bytes = toCsv(report).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    private static List<Map<String, Object>> rows(QueryReport report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProviderResult p : report.providers()) {
            List<FederatedSearchResponse.Collection> found =
                    p.answered() ? p.result().collections() : List.of();
            if (found.isEmpty()) {
                rows.add(row(report, p, null));
            }
            found.forEach(c -> rows.add(row(report, p, c)));
        }
        return rows;
    }

    private static Map<String, Object> row(QueryReport report, ProviderResult p, FederatedSearchResponse.Collection c) {
        Map<String, Object> row = new LinkedHashMap<>();
        COLUMNS.forEach(column -> row.put(column, ""));
        row.put("query", report.query().description());
        row.put("provider", p.provider());
        row.put("status", p.status().name());
        row.put("error", p.error() == null ? "" : p.error());
        row.put("latency_ms", p.latencyMs());
        if (c != null) {
            row.put("dataset_id", c.id());
            row.put("dataset", c.name());
            row.put("subjects", c.subjectsCount());
            row.put("studies", c.studiesCount());
            row.put(
                    "age_min",
                    c.ageRange() == null || c.ageRange().min() == null
                            ? ""
                            : c.ageRange().min());
            row.put(
                    "age_max",
                    c.ageRange() == null || c.ageRange().max() == null
                            ? ""
                            : c.ageRange().max());
            row.put("sex", String.join(";", c.gender()));
            row.put("modalities", String.join(";", c.modalities()));
            row.put("body_parts", String.join(";", c.bodyParts()));
        }
        return row;
    }
}

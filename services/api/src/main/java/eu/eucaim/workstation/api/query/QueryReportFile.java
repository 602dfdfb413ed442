package eu.eucaim.workstation.api.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.platform.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@link QueryReport}s as pretty-printed JSON (docs/query-report.md). */
public final class QueryReportFile {
    private QueryReportFile() {}

    public static String toJson(QueryReport report) {
        try {
            return Json.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A query report could not be written as JSON", e);
        }
    }

    /** Writes atomically: a crash never leaves half a report. */
    public static void write(Path file, QueryReport report) throws IOException {
        byte[] bytes = toJson(report).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    /**
     * Reads a saved report.
     *
     * @throws IOException naming the file and what is wrong: unreadable, not JSON, another schema, no query
     */
    public static QueryReport read(Path file) throws IOException {
        String text = Files.readString(file);
        QueryReport report;
        try {
            report = Json.mapper().readValue(text, QueryReport.class);
        } catch (JsonProcessingException | RuntimeException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new IOException(file + " is not a query report: " + why, e);
        }
        if (report.schema() != QueryReport.SCHEMA) {
            throw new IOException(file + " is a query report of schema " + report.schema() + "; this version reads "
                    + "schema " + QueryReport.SCHEMA);
        }
        if (report.query().filters() == null) {
            throw new IOException(file + " holds no query.filters to run again");
        }
        return report;
    }
}

package eu.eucaim.workstation.app.query;

import eu.eucaim.workstation.api.query.QueryReport;
import eu.eucaim.workstation.api.query.QueryReportCsv;
import eu.eucaim.workstation.api.query.QueryReportFile;
import eu.eucaim.workstation.app.fx.UserMessageException;
import eu.eucaim.workstation.app.tab.FileType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The query report's files: JSON (opens again, runs its query) or CSV (a table for a spreadsheet), by extension. */
final class ReportFiles {
    static final FileType JSON = FileType.of("Query report (*.json)", "*.json");
    static final FileType CSV = FileType.of("Table of the results (*.csv)", "*.csv");

    private ReportFiles() {}

    /** Writes {@code report} as the file's extension says: {@code .csv} a table, anything else the JSON report. */
    static void write(Path file, QueryReport report) {
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                QueryReportCsv.write(file, report);
            } else {
                QueryReportFile.write(file, report);
            }
        } catch (IOException e) {
            throw new UserMessageException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    static QueryReport read(Path file) {
        try {
            return QueryReportFile.read(file);
        } catch (IOException e) {
            throw new UserMessageException(e.getMessage(), e);
        }
    }
}

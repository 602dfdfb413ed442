package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.api.images.Retrieval;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The retrieval log as CSV (RFC 4180: CRLF line ends, a header row, fields quoted when they need it). */
final class RetrievalCsv {
    static final String HEADER = "at,account,username,dataset,study,series,use,bytes";

    private final Writer out;

    RetrievalCsv(Writer out) {
        this.out = out;
        line(HEADER);
    }

    void write(Retrieval r) {
        line(String.join(
                ",",
                r.at().toString(),
                field(r.account()),
                field(r.username()),
                field(r.datasetId()),
                field(r.studyUid()),
                field(r.seriesUid()),
                r.use(),
                Long.toString(r.bytes())));
    }

    /**
     * A field as RFC 4180 wants it: quoted when it holds a comma, a quote, CR or LF (quotes doubled). A field that
     * starts like a formula ({@code = + - @}) gets a leading apostrophe, so that a spreadsheet opening the export
     * shows a user name and never runs it.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\r") || v.contains("\n")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package eu.eucaim.workstation.app.negotiation.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Text flowing down A4 pages: headings, wrapped paragraphs and tables, a new page whenever the next line would not
 * fit (a table repeats its header row there), and at the end a header and "Page n of m" footer on every page.
 */
final class PageFlow {
    static final float BODY = 10f;
    static final float SMALL = 8.5f;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 56f;
    private static final float TOP = A4.getHeight() - 64f;
    private static final float BOTTOM = 60f;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;
    private static final float CELL_PADDING = 4f;
    private static final float INDENT = 14f;

    /** A table column: its title and its share of the text width (the shares of a table add up to 1). */
    record Column(String title, float share) {}

    private final PDDocument document;
    private final PdfFont regular;
    private final PdfFont bold;
    private PDPageContentStream stream;
    private float y;

    PageFlow(PDDocument document, PdfFont regular, PdfFont bold) {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
    }

    void title(String text) throws IOException {
        space(4f);
        paragraph(bold, 17f, 0, text);
        space(6f);
    }

    void heading(String text) throws IOException {
        space(12f);
        // A heading is not left alone at the foot of a page: it keeps its first line of content with it.
        ensure(leading(13f) + leading(BODY) * 2);
        paragraph(bold, 13f, 0, text);
        space(3f);
    }

    void subheading(String text) throws IOException {
        space(6f);
        ensure(leading(BODY) * 3);
        paragraph(bold, 11f, 0, text);
    }

    /** A bold label with its wrapped value indented under it. */
    void labelled(String label, String value) throws IOException {
        ensure(leading(BODY) * 2);
        paragraph(bold, BODY, 0, label);
        paragraph(regular, BODY, INDENT, value);
        space(3f);
    }

    /** "Label: value" on one line (the value wrapping under it), for short facts. */
    void fact(String label, String value) throws IOException {
        paragraph(regular, BODY, 0, label + ": " + value);
    }

    void text(String text) throws IOException {
        paragraph(regular, BODY, 0, text);
    }

    void indented(String text) throws IOException {
        paragraph(regular, BODY, INDENT, text);
    }

    void smallBold(String text) throws IOException {
        paragraph(bold, SMALL, 0, text);
    }

    void space(float points) {
        y -= points;
    }

    private void paragraph(PdfFont font, float size, float indent, String text) throws IOException {
        for (String line : TextWrap.lines(text, WIDTH - indent, font::printable, s -> font.width(s, size))) {
            ensure(leading(size));
            y -= leading(size);
            show(font, size, MARGIN + indent, y + descent(size), line);
        }
    }

    /** Rows of cells under a header row; each cell wraps within its column, a row's lines stay together. */
    void table(List<Column> columns, List<List<String>> rows) throws IOException {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).share() * WIDTH;
        }
        ensure(leading(SMALL) * 3);
        header(columns, widths);
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < widths.length; i++) {
                String cell = i < row.size() && row.get(i) != null ? row.get(i) : "";
                List<String> lines = TextWrap.lines(
                        cell, widths[i] - 2 * CELL_PADDING, regular::printable, s -> regular.width(s, SMALL));
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            if (!fits(Math.min(height * leading(SMALL), TOP - BOTTOM - leading(SMALL)))) {
                newPage();
                header(columns, widths);
            }
            for (int line = 0; line < height; line++) {
                if (!fits(leading(SMALL))) {
                    newPage();
                    header(columns, widths);
                }
                y -= leading(SMALL);
                float x = MARGIN;
                for (int i = 0; i < widths.length; i++) {
                    List<String> lines = cells.get(i);
                    if (line < lines.size()) {
                        show(regular, SMALL, x + CELL_PADDING, y + descent(SMALL), lines.get(line));
                    }
                    x += widths[i];
                }
            }
            rule(0.85f, 0.4f);
        }
    }

    private void header(List<Column> columns, float[] widths) throws IOException {
        y -= leading(SMALL);
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            String title = bold.printable(columns.get(i).title());
            show(bold, SMALL, x + CELL_PADDING, y + descent(SMALL), title);
            x += widths[i];
        }
        rule(0.3f, 0.8f);
    }

    private void rule(float gray, float lineWidth) throws IOException {
        y -= 1.5f;
        stream.setStrokingColor(gray);
        stream.setLineWidth(lineWidth);
        stream.moveTo(MARGIN, y);
        stream.lineTo(MARGIN + WIDTH, y);
        stream.stroke();
    }

    private void ensure(float height) throws IOException {
        if (!fits(height)) {
            newPage();
        }
    }

    private boolean fits(float height) {
        return stream != null && y - height >= BOTTOM;
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    private void show(PdfFont font, float size, float x, float baseline, String printable) throws IOException {
        if (printable.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font.pdFont(), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
    }

    /**
     * Ends the last page and writes on every page {@code header} at the top and "Page n of m" with {@code footer}
     * at the bottom: only now is m known.
     */
    void finish(String header, String footer) throws IOException {
        if (stream == null) {
            newPage();
        }
        stream.close();
        stream = null;
        int count = document.getNumberOfPages();
        String top = regular.printable(header);
        String bottom = regular.printable(footer);
        for (int n = 1; n <= count; n++) {
            PDPage page = document.getPage(n - 1);
            try (PDPageContentStream stamp =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                stamp.setNonStrokingColor(0.35f);
                String pages = "Page " + n + " of " + count;
                at(stamp, MARGIN, A4.getHeight() - 40f, top);
                at(stamp, MARGIN, 34f, bottom);
                at(stamp, MARGIN + WIDTH - regular.width(pages, SMALL), 34f, pages);
            }
        }
    }

    private void at(PDPageContentStream on, float x, float baseline, String printable) throws IOException {
        on.beginText();
        on.setFont(regular.pdFont(), SMALL);
        on.newLineAtOffset(x, baseline);
        on.showText(printable);
        on.endText();
    }

    private static float leading(float size) {
        return size * 1.3f;
    }

    /** How far a line's baseline sits above the bottom of its line box. */
    private static float descent(float size) {
        return size * 0.3f;
    }
}

package eu.eucaim.workstation.app.negotiation.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A TrueType font embedded (as a subset) in one document, with what it can draw. The export embeds DejaVu Sans from
 * the {@code net.sf.jasperreports:jasperreports-fonts} jar: PDFBox's standard 14 fonts only know WinAnsi, so "ł"
 * or "ő" would fail, and a desktop cannot count on a system font being there. Text is made printable before it is
 * measured or shown, as PDFBox throws on a character the font has no glyph for.
 */
final class PdfFont {
    static final String REGULAR = "DejaVuSans.ttf";
    static final String BOLD = "DejaVuSans-Bold.ttf";
    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private final PDType0Font font;
    private final CmapLookup cmap;

    private PdfFont(PDType0Font font, CmapLookup cmap) {
        this.font = font;
        this.cmap = cmap;
    }

    /** Loads {@code file} (a name in DejaVu's folder of the fonts jar) into {@code document}, which closes it. */
    static PdfFont load(PDDocument document, String file) throws IOException {
        InputStream in = PdfFont.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("The font " + FOLDER + file + " is not on the class path: the PDF export"
                    + " needs the jar net.sf.jasperreports:jasperreports-fonts (DejaVu fonts)");
        }
        try (in) {
            PDType0Font font = PDType0Font.load(document, in, true);
            CmapLookup cmap = ((PDCIDFontType2) font.getDescendantFont())
                    .getTrueTypeFont()
                    .getUnicodeCmapLookup();
            return new PdfFont(font, cmap);
        }
    }

    PDType0Font pdFont() {
        return font;
    }

    /**
     * {@code text} as this font can show it on one line: a tab becomes a space, other control characters go, and a
     * character without a glyph becomes '?' (an export must not fail on an emoji in a message).
     */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                // nothing: line breaks were taken out before, other controls have no look
            } else if (cmap.getGlyphId(c) == 0) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The width of printable text at {@code size} points. */
    float width(String printable, float size) {
        try {
            return font.getStringWidth(printable) * size / 1000f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

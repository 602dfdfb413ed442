package eu.eucaim.workstation.app.negotiation.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * Breaks text into lines no wider than a width: at spaces, and inside a word (an identifier, a URL) only when the
 * word alone is wider than a line. Line breaks in the text are kept, an empty line too.
 */
final class TextWrap {
    private TextWrap() {}

    /**
     * The lines of {@code text}; {@code printable} prepares each paragraph for the font, {@code width} measures a
     * printable string in the same unit as {@code maxWidth}.
     */
    static List<String> lines(
            String text, double maxWidth, UnaryOperator<String> printable, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r\n|\r|\n|\u2028|\u2029", -1)) {
            wrapParagraph(printable.apply(paragraph), maxWidth, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(
            String paragraph, double maxWidth, ToDoubleFunction<String> width, List<String> out) {
        String[] words = paragraph.strip().split(" +");
        int first = out.size();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width.applyAsDouble(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width.applyAsDouble(rest) > maxWidth) {
                int cut = fittingPrefix(rest, maxWidth, width);
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        // An empty paragraph is an empty line; a word cut to its last character leaves no empty line after it.
        if (line.length() > 0 || out.size() == first) {
            out.add(line.toString());
        }
    }

    /** How many chars of {@code word} fit: at least one code point, so that a too narrow width still ends. */
    private static int fittingPrefix(String word, double maxWidth, ToDoubleFunction<String> width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width.applyAsDouble(word.substring(0, next)) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }
}

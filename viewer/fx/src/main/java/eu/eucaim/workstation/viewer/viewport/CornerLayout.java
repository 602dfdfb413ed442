package eu.eucaim.workstation.viewer.viewport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Fits the four corner texts into a viewport so that they never overprint each other or what sits in the middle of
 * an edge (the orientation letters, the scale bar): in a 2×2 layout at 1024×700 a viewport is about 260 px wide and
 * "CompressedSamples CT1" ran into the top letter while "Loc -77.20 mm Thk 5.00 mm" ran into "W 2064 L 136".
 *
 * <p>Lines at the same height share the width: a short line leaves the rest to the one across from it; what still
 * does not fit ends in "…". A corner keeps only the lines that fit in its half of the height.
 */
final class CornerLayout {
    static final double MARGIN = 6;
    static final double GAP = 10;
    static final double LINE = 15;

    /** The four corners' lines as drawn: same order as given, each line cut to fit, some dropped. */
    record Fitted(List<String> topLeft, List<String> topRight, List<String> bottomLeft, List<String> bottomRight) {}

    private final double width;
    private final double height;
    private final ToDoubleFunction<String> measure;

    /**
     * @param measure the drawn width of a text in the overlay's font
     */
    CornerLayout(double width, double height, ToDoubleFunction<String> measure) {
        this.width = width;
        this.height = height;
        this.measure = measure;
    }

    /**
     * @param topMiddle    the width kept free in the middle of the first top line (the top orientation letter)
     * @param bottomMiddle the width kept free in the middle of the bottom lines, from the bottom up (the scale bar and
     *                     its label, then the bottom letter)
     */
    Fitted fit(OverlayText.Corners c, double topMiddle, double... bottomMiddle) {
        int rows = (int) Math.max(0, Math.floor((height / 2 - MARGIN - 8) / LINE));
        double widest = topMiddle;
        for (double b : bottomMiddle) {
            widest = Math.max(widest, b);
        }
        double half = (width - 2 * MARGIN - widest - 2 * GAP) / 2;
        List<String> tl = first(split(c.topLeft(), half), rows);
        List<String> tr = first(split(c.topRight(), half), rows);
        List<String> bl = last(split(c.bottomLeft(), half), rows);
        List<String> br = last(split(c.bottomRight(), half), rows);
        List<String> tlOut = new ArrayList<>();
        List<String> trOut = new ArrayList<>();
        for (int i = 0; i < Math.max(tl.size(), tr.size()); i++) {
            String[] pair = share(at(tl, i), at(tr, i), i == 0 ? topMiddle : 0);
            add(tlOut, i < tl.size(), pair[0]);
            add(trOut, i < tr.size(), pair[1]);
        }
        // bottom corners are counted from the bottom line up
        List<String> blOut = new ArrayList<>();
        List<String> brOut = new ArrayList<>();
        for (int k = 0; k < Math.max(bl.size(), br.size()); k++) {
            String[] pair = share(fromEnd(bl, k), fromEnd(br, k), k < bottomMiddle.length ? bottomMiddle[k] : 0);
            if (k < bl.size()) {
                blOut.add(0, pair[0]);
            }
            if (k < br.size()) {
                brOut.add(0, pair[1]);
            }
        }
        return new Fitted(tlOut, trOut, blOut, brOut);
    }

    /** Two lines across from each other, with {@code middle} kept free between them. */
    private String[] share(String left, String right, double middle) {
        double room = width - 2 * MARGIN - (middle > 0 ? middle + 2 * GAP : GAP);
        double lw = measure.applyAsDouble(left);
        double rw = measure.applyAsDouble(right);
        if (lw + rw <= room && (middle <= 0 || Math.max(lw, rw) <= room / 2)) {
            return new String[] {left, right};
        }
        // with something in the middle each side has its half; otherwise a short line leaves its room to the other
        double half = room / 2;
        double leftRoom = middle > 0 ? half : Math.max(half, room - rw);
        double rightRoom = middle > 0 ? half : Math.max(half, room - lw);
        return new String[] {cut(left, leftRoom), cut(right, rightRoom)};
    }

    /**
     * A line of several readings ("W 2064  L 136": two spaces apart) that is wider than {@code room} becomes a line
     * per reading: both numbers whole on two lines read better than one cut short.
     */
    private List<String> split(List<String> lines, double room) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (measure.applyAsDouble(line) > room && line.contains("  ")) {
                for (String part : line.split(" {2,}")) {
                    out.add(part.strip());
                }
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** {@code s} as it fits in {@code room}: whole, shortened with "…", or empty. */
    String cut(String s, double room) {
        if (measure.applyAsDouble(s) <= room) {
            return s;
        }
        for (int end = s.length() - 1; end > 0; end--) {
            String shorter = s.substring(0, end).stripTrailing() + "…";
            if (measure.applyAsDouble(shorter) <= room) {
                return shorter;
            }
        }
        return "";
    }

    private static List<String> first(List<String> lines, int n) {
        return lines.subList(0, Math.min(n, lines.size()));
    }

    private static List<String> last(List<String> lines, int n) {
        return lines.subList(Math.max(0, lines.size() - n), lines.size());
    }

    private static String at(List<String> lines, int i) {
        return i < lines.size() ? lines.get(i) : "";
    }

    private static String fromEnd(List<String> lines, int k) {
        return k < lines.size() ? lines.get(lines.size() - 1 - k) : "";
    }

    private static void add(List<String> out, boolean present, String line) {
        if (present) {
            out.add(line);
        }
    }
}

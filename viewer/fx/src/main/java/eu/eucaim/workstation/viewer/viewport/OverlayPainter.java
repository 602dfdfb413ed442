package eu.eucaim.workstation.viewer.viewport;

import eu.eucaim.workstation.viewer.engine.Annotation;
import eu.eucaim.workstation.viewer.engine.Interpolation;
import eu.eucaim.workstation.viewer.engine.ReferenceLine;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws what lies over a viewport's image on its canvas: the reference line, the measurements and the one being
 * drawn, the corner texts, orientation letters and scale bar ({@link OverlayText} says what they read).
 */
final class OverlayPainter {
    private static final Font FONT = Font.font("System", 12);
    private static final Font LETTERS = Font.font("System", FontWeight.BOLD, 14);
    private static final Color MEASUREMENT = Color.web("#69f0ae");
    private static final Color DRAFT = Color.web("#ffeb3b");
    private static final Color REFERENCE = Color.web("#ffd54f");
    private static final Color TEXT = Color.web("#f0f0f0");
    private static final Color OUTLINE = Color.color(0, 0, 0, 0.85);

    private final Canvas canvas;
    private final ViewportViewModel vm;
    private final AnnotationStore annotations;
    private final MeasurementGesture gesture;
    private final BooleanSupplier overlays;
    private final Supplier<Slice> referenceSource;
    private final Text measuring = new Text();

    OverlayPainter(
            Canvas canvas,
            ViewportViewModel vm,
            AnnotationStore annotations,
            MeasurementGesture gesture,
            BooleanSupplier overlays,
            Supplier<Slice> referenceSource) {
        this.canvas = canvas;
        this.vm = vm;
        this.annotations = annotations;
        this.gesture = gesture;
        this.overlays = overlays;
        this.referenceSource = referenceSource;
    }

    void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        RenderedFrame f = vm.frameProperty().get();
        if (f == null || f.slice() == null) {
            return;
        }
        Slice s = f.slice();
        ViewTransform t = f.transform();
        if (t != null) {
            referenceLine(g, s, t);
            measurements(g, s, t);
        }
        if (overlays.getAsBoolean()) {
            corners(g, s, f, t);
            if (t != null) {
                edges(g, s, t);
                scaleBar(g, s, t);
            }
        }
    }

    private void corners(GraphicsContext g, Slice s, RenderedFrame f, ViewTransform t) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFont(FONT);
        OverlayText.Corners c = OverlayText.corners(
                s,
                f.index(),
                vm.countProperty().get(),
                f.window(),
                vm.presetNameProperty().get(),
                vm.zoomProperty().get(),
                vm.interpolationProperty().get() == Interpolation.NEAREST ? "nearest" : "smooth");
        // keep the middle of the top and bottom edges free for the orientation letters and the scale bar
        double top = 0;
        double[] bottom = new double[3]; // from the bottom line up: the bar, its label, the letter
        if (t != null) {
            OverlayText.Edges e = OverlayText.edges(s, t);
            top = width(e.top(), LETTERS);
            double letter = width(e.bottom(), LETTERS);
            OverlayText.ScaleBar bar = OverlayText.scaleBar(s, t);
            double label = bar == null ? 0 : width(bar.label(), FONT);
            bottom[0] = Math.max(label, bar == null ? 0 : bar.pixels());
            bottom[1] = Math.max(label, letter);
            bottom[2] = letter;
        }
        CornerLayout.Fitted fitted = new CornerLayout(w, h, text -> width(text, FONT)).fit(c, top, bottom);
        lines(g, fitted.topLeft(), 6, 6, TextAlignment.LEFT, VPos.TOP);
        lines(g, fitted.topRight(), w - 6, 6, TextAlignment.RIGHT, VPos.TOP);
        lines(g, fitted.bottomLeft(), 6, h - 6, TextAlignment.LEFT, VPos.BOTTOM);
        lines(g, fitted.bottomRight(), w - 6, h - 6, TextAlignment.RIGHT, VPos.BOTTOM);
    }

    /** The drawn width of {@code s} in {@code font}. */
    private double width(String s, Font font) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        measuring.setFont(font);
        measuring.setText(s);
        return measuring.getLayoutBounds().getWidth();
    }

    private void edges(GraphicsContext g, Slice s, ViewTransform t) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        OverlayText.Edges e = OverlayText.edges(s, t);
        g.setFont(LETTERS);
        text(g, e.left(), 8, h / 2, TextAlignment.LEFT, VPos.CENTER);
        text(g, e.right(), w - 8, h / 2, TextAlignment.RIGHT, VPos.CENTER);
        text(g, e.top(), w / 2, 6, TextAlignment.CENTER, VPos.TOP);
        BottomMiddle bottom = BottomMiddle.of(h, OverlayText.scaleBar(s, t) != null);
        text(g, e.bottom(), w / 2, bottom.letter(), TextAlignment.CENTER, VPos.BOTTOM);
    }

    /**
     * Where the middle of the bottom edge draws its lines (y of the bar; bottoms of its label and of the orientation
     * letter): the bar on the bottom line, its label on the next, the letter above both (on the line after, as
     * {@link CornerLayout} keeps them free); without a bar the letter sits lower. Drawn at a fixed height above the
     * label, the letter ran into it ("P" over "10 cm").
     */
    record BottomMiddle(double bar, double label, double letter) {
        static BottomMiddle of(double height, boolean scaleBar) {
            double bar = height - 10;
            double label = bar - 6;
            return new BottomMiddle(bar, label, scaleBar ? label - CornerLayout.LINE - 5 : height - 24);
        }
    }

    private void scaleBar(GraphicsContext g, Slice s, ViewTransform t) {
        OverlayText.ScaleBar bar = OverlayText.scaleBar(s, t);
        if (bar == null) {
            return;
        }
        BottomMiddle bottom = BottomMiddle.of(canvas.getHeight(), true);
        double y = bottom.bar();
        double x0 = canvas.getWidth() / 2 - bar.pixels() / 2;
        g.setStroke(Color.BLACK);
        g.setLineWidth(3);
        g.strokeLine(x0, y, x0 + bar.pixels(), y);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        g.strokeLine(x0, y, x0 + bar.pixels(), y);
        g.strokeLine(x0, y - 4, x0, y);
        g.strokeLine(x0 + bar.pixels(), y - 4, x0 + bar.pixels(), y);
        g.setFont(FONT);
        // Above the bar's middle: beside its end, a long label ("5 cm at detector") ran into the corner text.
        text(g, bar.label(), x0 + bar.pixels() / 2, bottom.label(), TextAlignment.CENTER, VPos.BOTTOM);
    }

    private static void lines(
            GraphicsContext g, List<String> lines, double x, double y, TextAlignment align, VPos base) {
        double step = CornerLayout.LINE;
        for (int i = 0; i < lines.size(); i++) {
            double yy = base == VPos.TOP ? y + i * step : y - (lines.size() - 1 - i) * step;
            text(g, lines.get(i), x, yy, align, base);
        }
    }

    private static void text(GraphicsContext g, String s, double x, double y, TextAlignment align, VPos base) {
        if (s == null || s.isEmpty()) {
            return;
        }
        g.setTextAlign(align);
        g.setTextBaseline(base);
        // An outline, not a shadow: white text stays readable on a bright image (an angiogram, a radiograph).
        g.setStroke(OUTLINE);
        g.setLineWidth(3);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.strokeText(s, x, y);
        g.setFill(TEXT);
        g.fillText(s, x, y);
    }

    private void referenceLine(GraphicsContext g, Slice s, ViewTransform t) {
        Slice ref = referenceSource.get();
        if (ref == null || ref == s || !ref.ok() || !s.ok()) {
            return;
        }
        double[] seg = ReferenceLine.of(
                ref.geometry(), s.geometry(), s.pixels().width(), s.pixels().height());
        if (seg == null) {
            return;
        }
        double[] a = t.toView(seg[0], seg[1]);
        double[] b = t.toView(seg[2], seg[3]);
        g.setStroke(REFERENCE);
        g.setLineWidth(1);
        g.setLineDashes(6, 4);
        g.strokeLine(a[0], a[1], b[0], b[1]);
        g.setLineDashes();
    }

    private void measurements(GraphicsContext g, Slice s, ViewTransform t) {
        g.setFont(FONT);
        for (Annotation a : annotations.of(s.ref())) {
            shape(g, t, a.kind(), a.points(), MEASUREMENT);
            double[] p = a.points();
            double[] at = a.kind() == Annotation.Kind.ANGLE
                    ? t.toView(p[2], p[3])
                    : t.toView(Math.max(p[0], p[2]), Math.max(p[1], p[3]));
            Text measure = new Text(a.label());
            measure.setFont(FONT);
            double w = measure.getLayoutBounds().getWidth();
            double h = measure.getLayoutBounds().getHeight();
            double x = Math.max(4, Math.min(at[0] + 8, canvas.getWidth() - w - 4));
            double y = Math.max(4, Math.min(at[1] + 4, canvas.getHeight() - h - 4));
            text(g, a.label(), x, y, TextAlignment.LEFT, VPos.TOP);
        }
        double[] draft = gesture.draft();
        if (draft != null) {
            shape(g, t, gesture.kind(), draft, DRAFT);
        }
    }

    private static void shape(GraphicsContext g, ViewTransform t, Annotation.Kind kind, double[] p, Color colour) {
        g.setStroke(colour);
        g.setLineWidth(1.5);
        switch (kind) {
            case LENGTH -> line(g, t, p[0], p[1], p[2], p[3]);
            case ANGLE -> {
                line(g, t, p[0], p[1], p[2], p[3]);
                if (p.length >= 6) {
                    line(g, t, p[2], p[3], p[4], p[5]);
                }
            }
            case RECTANGLE, ELLIPSE -> {
                double[] a = t.toView(p[0], p[1]);
                double[] b = t.toView(p[2], p[3]);
                double x = Math.min(a[0], b[0]);
                double y = Math.min(a[1], b[1]);
                double w = Math.abs(a[0] - b[0]);
                double h = Math.abs(a[1] - b[1]);
                if (kind == Annotation.Kind.RECTANGLE) {
                    g.strokeRect(x, y, w, h);
                } else {
                    g.strokeOval(x, y, w, h);
                }
            }
            default -> {}
        }
    }

    private static void line(GraphicsContext g, ViewTransform t, double x0, double y0, double x1, double y1) {
        double[] a = t.toView(x0, y0);
        double[] b = t.toView(x1, y1);
        g.strokeLine(a[0], a[1], b[0], b[1]);
    }
}

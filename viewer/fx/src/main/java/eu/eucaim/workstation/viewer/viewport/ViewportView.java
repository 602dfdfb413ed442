package eu.eucaim.workstation.viewer.viewport;

import eu.eucaim.workstation.viewer.AnnotationStore;
import eu.eucaim.workstation.viewer.Tool;
import eu.eucaim.workstation.viewer.engine.Annotation;
import eu.eucaim.workstation.viewer.engine.Interpolation;
import eu.eucaim.workstation.viewer.engine.Measurements;
import eu.eucaim.workstation.viewer.engine.ReferenceLine;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.ViewTransform;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Shows one {@link ViewportViewModel}: the rendered frame at exactly viewport size through a {@link PixelBuffer}
 * (the ImageView never scales, so it never smooths), overlays and measurements on a canvas above it, a stack
 * scroll bar on the right, and an error in place of an image that could not be decoded. Mouse: left-drag = the
 * tool, right-drag = zoom, middle-drag = pan, wheel = scroll, Ctrl+wheel = zoom.
 */
public final class ViewportView extends BorderPane {
    private static final Font FONT = Font.font("System", 12);
    private final ViewportViewModel vm;
    private final ObjectProperty<Tool> tool;
    private final AnnotationStore annotations;
    private final ReadOnlyBooleanProperty overlays;
    private final Supplier<Slice> referenceSource;
    private final Consumer<String> cursorInfo;
    private final Pane surface = new Pane();
    private final ImageView imageView = new ImageView();
    private final Canvas canvas = new Canvas();
    private final Label error = new Label();
    private final ScrollBar stack = new ScrollBar();
    private PixelBuffer<IntBuffer> pixelBuffer;
    private IntBuffer buffer;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    private final List<double[]> draft = new ArrayList<>();
    private double[] draftEnd;
    private boolean updatingBar;

    public ViewportView(
            ViewportViewModel vm,
            ObjectProperty<Tool> tool,
            AnnotationStore annotations,
            ReadOnlyBooleanProperty overlays,
            Supplier<Slice> referenceSource,
            Consumer<String> cursorInfo) {
        this.vm = vm;
        this.tool = tool;
        this.annotations = annotations;
        this.overlays = overlays;
        this.referenceSource = referenceSource;
        this.cursorInfo = cursorInfo;
        getStyleClass().add("viewport");
        setStyle("-fx-background-color: black;");
        imageView.setSmooth(false);
        imageView.setPreserveRatio(false);
        imageView.setMouseTransparent(true);
        canvas.setMouseTransparent(true);
        error.getStyleClass().add("viewport-error");
        error.setId("viewport-error");
        error.setWrapText(true);
        error.setTextFill(Color.web("#ff8a80"));
        error.setTextAlignment(TextAlignment.CENTER);
        error.setVisible(false);
        error.setMouseTransparent(true);
        surface.getChildren().addAll(imageView, canvas, error);
        surface.setMinSize(0, 0);
        surface.setPrefSize(100, 100);
        surface.setFocusTraversable(true);
        surface.getStyleClass().add("viewport-surface");
        stack.setOrientation(Orientation.VERTICAL);
        stack.getStyleClass().add("viewport-stack");
        stack.setVisible(false);
        stack.setManaged(false);
        setCenter(surface);
        setRight(stack);

        surface.widthProperty().addListener((o, a, b) -> resized());
        surface.heightProperty().addListener((o, a, b) -> resized());
        vm.frameProperty().addListener((o, a, f) -> show(f));
        vm.countProperty().addListener((o, a, n) -> updateBar());
        vm.indexProperty().addListener((o, a, n) -> updateBar());
        stack.valueProperty().addListener((o, a, v) -> {
            if (!updatingBar) {
                vm.setIndex((int) Math.round(v.doubleValue()));
            }
        });
        overlays.addListener((o, a, b) -> redraw());
        annotations.versionProperty().addListener((o, a, b) -> redraw());

        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        surface.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        surface.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    public ViewportViewModel viewModel() {
        return vm;
    }

    /** The node to snapshot for export: with overlays the whole surface, without them only the image. */
    public javafx.scene.Node exportNode(boolean withOverlays) {
        return withOverlays ? surface : imageView;
    }

    public Pane surface() {
        return surface;
    }

    private void resized() {
        int w = (int) Math.floor(surface.getWidth());
        int h = (int) Math.floor(surface.getHeight());
        canvas.setWidth(w);
        canvas.setHeight(h);
        error.setPrefWidth(w - 40);
        error.relocate(20, h / 2.0 - 30);
        if (w > 0 && h > 0) {
            vm.resize(w, h);
        }
    }

    private void updateBar() {
        updatingBar = true;
        int n = vm.countProperty().get();
        stack.setVisible(n > 1);
        stack.setManaged(n > 1);
        stack.setMin(0);
        stack.setMax(Math.max(0, n - 1));
        stack.setVisibleAmount(Math.max(1, n / 20.0));
        stack.setUnitIncrement(1);
        stack.setBlockIncrement(Math.max(1, n / 10.0));
        stack.setValue(Math.max(0, vm.indexProperty().get()));
        updatingBar = false;
    }

    private void show(RenderedFrame f) {
        if (f == null) {
            imageView.setImage(null);
            error.setVisible(false);
            redraw();
            return;
        }
        if (f.argb() == null) {
            imageView.setImage(null);
            error.setText("Cannot display image " + (f.index() + 1) + ":\n"
                    + f.slice().error());
            error.setVisible(true);
            redraw();
            return;
        }
        error.setVisible(false);
        if (pixelBuffer == null || pixelBuffer.getWidth() != f.width() || pixelBuffer.getHeight() != f.height()) {
            buffer = IntBuffer.allocate(f.width() * f.height());
            pixelBuffer = new PixelBuffer<>(f.width(), f.height(), buffer, PixelFormat.getIntArgbPreInstance());
            imageView.setImage(new WritableImage(pixelBuffer));
        }
        pixelBuffer.updateBuffer(pb -> {
            buffer.clear();
            buffer.put(f.argb());
            buffer.flip();
            return null;
        });
        redraw();
    }

    /** Redraws overlays, measurements, the reference line and any measurement being drawn. */
    public void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        RenderedFrame f = vm.frameProperty().get();
        if (f == null || f.slice() == null) {
            return;
        }
        Slice s = f.slice();
        ViewTransform t = f.transform();
        if (t != null) {
            drawReferenceLine(g, s, t);
            drawAnnotations(g, s, t);
        }
        if (overlays.get()) {
            drawOverlays(g, s, t, f);
        }
    }

    private void drawOverlays(GraphicsContext g, Slice s, ViewTransform t, RenderedFrame f) {
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
        lines(g, c.topLeft(), 6, 6, TextAlignment.LEFT, VPos.TOP);
        lines(g, c.topRight(), w - 6, 6, TextAlignment.RIGHT, VPos.TOP);
        lines(g, c.bottomLeft(), 6, h - 6, TextAlignment.LEFT, VPos.BOTTOM);
        lines(g, c.bottomRight(), w - 6, h - 6, TextAlignment.RIGHT, VPos.BOTTOM);
        if (t == null) {
            return;
        }
        OverlayText.Edges e = OverlayText.edges(s, t);
        g.setFont(Font.font("System", javafx.scene.text.FontWeight.BOLD, 14));
        text(g, e.left(), 8, h / 2, TextAlignment.LEFT, VPos.CENTER);
        text(g, e.right(), w - 8, h / 2, TextAlignment.RIGHT, VPos.CENTER);
        text(g, e.top(), w / 2, 6, TextAlignment.CENTER, VPos.TOP);
        text(g, e.bottom(), w / 2, h - 24, TextAlignment.CENTER, VPos.BOTTOM);
        OverlayText.ScaleBar bar = OverlayText.scaleBar(s, t);
        if (bar != null) {
            double y = h - 10;
            double x0 = w / 2 - bar.pixels() / 2;
            g.setStroke(Color.BLACK);
            g.setLineWidth(3);
            g.strokeLine(x0, y, x0 + bar.pixels(), y);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeLine(x0, y, x0 + bar.pixels(), y);
            g.strokeLine(x0, y - 4, x0, y);
            g.strokeLine(x0 + bar.pixels(), y - 4, x0 + bar.pixels(), y);
            g.setFont(FONT);
            String label = (bar.millimetres() >= 10
                            ? String.format(Locale.ROOT, "%.0f cm", bar.millimetres() / 10)
                            : String.format(Locale.ROOT, "%s mm", trim(bar.millimetres())))
                    + bar.note();
            text(g, label, x0 + bar.pixels() + 6, y + 1, TextAlignment.LEFT, VPos.CENTER);
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private void lines(GraphicsContext g, List<String> lines, double x, double y, TextAlignment align, VPos base) {
        double step = 15;
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
        g.setFill(Color.BLACK);
        g.fillText(s, x + 1, y + 1);
        g.setFill(Color.web("#f0f0f0"));
        g.fillText(s, x, y);
    }

    private void drawReferenceLine(GraphicsContext g, Slice s, ViewTransform t) {
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
        g.setStroke(Color.web("#ffd54f"));
        g.setLineWidth(1);
        g.setLineDashes(6, 4);
        g.strokeLine(a[0], a[1], b[0], b[1]);
        g.setLineDashes();
    }

    private void drawAnnotations(GraphicsContext g, Slice s, ViewTransform t) {
        g.setFont(FONT);
        for (Annotation a : annotations.of(s.ref())) {
            drawShape(g, t, a.kind(), a.points(), Color.web("#69f0ae"));
            double[] p = a.points();
            double[] at = t.toView(Math.max(p[0], p[2]), Math.max(p[1], p[3]));
            if (a.kind() == Annotation.Kind.ANGLE) {
                at = t.toView(p[2], p[3]);
            }
            javafx.scene.text.Text measure = new javafx.scene.text.Text(a.label());
            measure.setFont(FONT);
            double w = measure.getLayoutBounds().getWidth();
            double h = measure.getLayoutBounds().getHeight();
            double x = Math.max(4, Math.min(at[0] + 8, canvas.getWidth() - w - 4));
            double y = Math.max(4, Math.min(at[1] + 4, canvas.getHeight() - h - 4));
            text(g, a.label(), x, y, TextAlignment.LEFT, VPos.TOP);
        }
        if (!draft.isEmpty() && draftEnd != null) {
            double[] pts = draftPoints();
            Tool tl = tool.get();
            drawShape(g, t, kind(tl), pts, Color.web("#ffeb3b"));
        }
    }

    private static void drawShape(GraphicsContext g, ViewTransform t, Annotation.Kind kind, double[] p, Color colour) {
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

    private static Annotation.Kind kind(Tool t) {
        return switch (t) {
            case LENGTH -> Annotation.Kind.LENGTH;
            case ANGLE -> Annotation.Kind.ANGLE;
            case RECTANGLE -> Annotation.Kind.RECTANGLE;
            default -> Annotation.Kind.ELLIPSE;
        };
    }

    private double[] draftPoints() {
        double[] out = new double[draft.size() * 2 + 2];
        for (int i = 0; i < draft.size(); i++) {
            out[2 * i] = draft.get(i)[0];
            out[2 * i + 1] = draft.get(i)[1];
        }
        out[out.length - 2] = draftEnd[0];
        out[out.length - 1] = draftEnd[1];
        return out;
    }

    // ---- mouse ----

    private void pressed(MouseEvent e) {
        surface.requestFocus();
        lastX = e.getX();
        lastY = e.getY();
        pressX = e.getX();
        pressY = e.getY();
        if (e.getButton() == MouseButton.PRIMARY && tool.get().draws()) {
            ViewTransform t = vm.transform();
            if (t == null) {
                return;
            }
            double[] p = t.toImage(e.getX(), e.getY());
            if (tool.get() != Tool.ANGLE || draft.isEmpty()) {
                draft.clear();
                draft.add(p);
            }
            draftEnd = p;
            redraw();
        }
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        // getButton() is not reliable while dragging: ask which buttons are down.
        boolean primary = e.isPrimaryButtonDown();
        Tool t = tool.get();
        if (e.isMiddleButtonDown() || (primary && t == Tool.PAN)) {
            vm.panBy(dx, dy);
        } else if (e.isSecondaryButtonDown() || (primary && t == Tool.ZOOM)) {
            vm.zoomBy(Math.exp(-dy * 0.01), pressX, pressY);
        } else if (primary && t == Tool.WINDOW) {
            vm.dragWindow(dx, dy);
        } else if (primary && t.draws() && !draft.isEmpty()) {
            ViewTransform tr = vm.transform();
            if (tr != null) {
                draftEnd = tr.toImage(e.getX(), e.getY());
                redraw();
            }
        }
        moved(e);
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !tool.get().draws() || draft.isEmpty()) {
            return;
        }
        ViewTransform t = vm.transform();
        Slice s = vm.sliceProperty().get();
        if (t == null || s == null || !s.ok()) {
            draft.clear();
            return;
        }
        double[] end = t.toImage(e.getX(), e.getY());
        boolean moved = Math.hypot(e.getX() - pressX, e.getY() - pressY) > 2;
        if (tool.get() == Tool.ANGLE) {
            if (draft.size() == 1 && moved) {
                draft.add(end); // the vertex; the next click gives the second arm
                draftEnd = end;
                redraw();
                return;
            }
            if (draft.size() == 2) {
                draftEnd = end;
                finish(s);
            }
            return;
        }
        if (!moved) {
            draft.clear();
            redraw();
            return;
        }
        draftEnd = end;
        finish(s);
    }

    private void finish(Slice s) {
        annotations.add(s.ref(), Annotation.measure(kind(tool.get()), draftPoints(), s));
        draft.clear();
        draftEnd = null;
        redraw();
    }

    /** Adds a measurement programmatically with viewport coordinates (used by keyboard-free tests and tools). */
    public void measure(Tool t, double... viewPoints) {
        ViewTransform tr = vm.transform();
        Slice s = vm.sliceProperty().get();
        double[] img = new double[viewPoints.length];
        for (int i = 0; i < viewPoints.length; i += 2) {
            double[] p = tr.toImage(viewPoints[i], viewPoints[i + 1]);
            img[i] = p[0];
            img[i + 1] = p[1];
        }
        annotations.add(s.ref(), Annotation.measure(kind(t), img, s));
    }

    private void moved(MouseEvent e) {
        if (tool.get() == Tool.ANGLE && draft.size() == 2) {
            ViewTransform t = vm.transform();
            if (t != null) {
                draftEnd = t.toImage(e.getX(), e.getY());
                redraw();
            }
        }
        ViewTransform t = vm.transform();
        Slice s = vm.sliceProperty().get();
        if (t == null || s == null || !s.ok()) {
            return;
        }
        double[] p = t.toImage(e.getX(), e.getY());
        double v = Measurements.valueAt(s, p[0], p[1]);
        if (Double.isNaN(v)) {
            cursorInfo.accept("");
        } else {
            cursorInfo.accept(String.format(
                    Locale.ROOT,
                    "x %d  y %d  value %s%s",
                    (int) p[0],
                    (int) p[1],
                    v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v),
                    Annotation.units(s)));
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        if (e.isShortcutDown()) {
            vm.zoomBy(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
        } else {
            vm.scroll(e.getDeltaY() > 0 ? -1 : 1);
        }
        e.consume();
    }
}

package eu.eucaim.workstation.viewer.viewport;

import eu.eucaim.workstation.viewer.engine.Slice;
import java.nio.IntBuffer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
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
import javafx.scene.text.TextAlignment;

/**
 * Shows one {@link ViewportViewModel}: the rendered frame at exactly viewport size through a {@link PixelBuffer}
 * (the ImageView never scales, so it never smooths), overlays and measurements on a canvas above it
 * ({@link OverlayPainter}), a stack scroll bar on the right, and an error in place of an image that could not be
 * decoded. Mouse: left-drag = the tool (measurements: {@link MeasurementGesture}), right-drag = zoom,
 * middle-drag = pan, wheel = scroll, Ctrl+wheel = zoom.
 */
public final class ViewportView extends BorderPane {
    private final ViewportViewModel vm;
    private final ReadOnlyObjectProperty<Tool> tool;
    private final Consumer<String> cursorInfo;
    private final MeasurementGesture gesture;
    private final OverlayPainter painter;
    private final Pane surface = new Pane();
    private final ImageView imageView = new ImageView();
    private final Canvas canvas = new Canvas();
    private final Label error = new Label();
    private final ScrollBar stack = new ScrollBar();
    private final ArrivalStrip arrival;
    private PixelBuffer<IntBuffer> pixelBuffer;
    private IntBuffer buffer;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    private boolean updatingBar;

    public ViewportView(
            ViewportViewModel vm,
            ReadOnlyObjectProperty<Tool> tool,
            AnnotationStore annotations,
            ReadOnlyBooleanProperty overlays,
            Supplier<Slice> referenceSource,
            Consumer<String> cursorInfo) {
        this.vm = vm;
        this.tool = tool;
        this.cursorInfo = cursorInfo;
        this.gesture = new MeasurementGesture(vm, tool::get, annotations);
        this.painter = new OverlayPainter(canvas, vm, annotations, gesture, overlays::get, referenceSource);
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
        arrival = new ArrivalStrip(vm::ready, () -> vm.countProperty().get());
        arrival.setVisible(false);
        arrival.setManaged(false);
        setCenter(surface);
        setRight(new javafx.scene.layout.HBox(stack, arrival));

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
    public Node exportNode(boolean withOverlays) {
        return withOverlays ? surface : imageView;
    }

    /** Where the image is shown and the mouse acts. */
    public Pane surface() {
        return surface;
    }

    /** Redraws overlays, measurements, the reference line and any measurement being drawn. */
    public void redraw() {
        painter.paint();
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
        arrival.setVisible(n > 1);
        arrival.setManaged(n > 1);
        arrival.watch();
        stack.setMin(0);
        stack.setMax(Math.max(0, n - 1));
        stack.setVisibleAmount(Math.max(1, n / 20.0));
        stack.setUnitIncrement(1);
        stack.setBlockIncrement(Math.max(1, n / 10.0));
        stack.setValue(Math.max(0, vm.indexProperty().get()));
        updatingBar = false;
    }

    private void show(RenderedFrame f) {
        if (f == null || f.argb() == null) {
            imageView.setImage(null);
            error.setVisible(f != null);
            if (f != null) {
                error.setText("Cannot display image " + (f.index() + 1) + ":\n"
                        + f.slice().error());
            }
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

    private void pressed(MouseEvent e) {
        // The viewport takes the keys, and the press goes no further: a tab pane around the viewer would take the
        // focus back on it, and its arrow keys would switch tabs.
        surface.requestFocus();
        e.consume();
        lastX = e.getX();
        lastY = e.getY();
        pressX = e.getX();
        pressY = e.getY();
        if (e.getButton() == MouseButton.PRIMARY && gesture.press(e.getX(), e.getY())) {
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
        } else if (primary && gesture.drag(e.getX(), e.getY())) {
            redraw();
        }
        moved(e);
    }

    private void released(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && gesture.release(e.getX(), e.getY())) {
            redraw();
        }
    }

    private void moved(MouseEvent e) {
        if (gesture.hover(e.getX(), e.getY())) {
            redraw();
        }
        cursorInfo.accept(OverlayText.cursor(vm.sliceProperty().get(), vm.transform(), e.getX(), e.getY()));
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

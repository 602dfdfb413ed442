package eu.eucaim.workstation.viewer.viewport;

import java.util.BitSet;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * A thin strip beside the stack scroll bar: which images of the series are ready (bright) and which are still
 * loading (dark), top to bottom as the scroll bar runs. A remote series fills in as it streams; a local one is
 * ready where it has been read. Repaints a few times a second while anything is missing, then rests.
 */
final class ArrivalStrip extends Region {
    static final double WIDTH = 4;
    private static final Color READY = Color.web("#4fc3f7");
    private static final Color MISSING = Color.web("#37474f");

    private final Canvas canvas = new Canvas(WIDTH, 0);
    private final Supplier<BitSet> ready;
    private final IntSupplier count;
    private final Timeline refresh;

    ArrivalStrip(Supplier<BitSet> ready, IntSupplier count) {
        this.ready = ready;
        this.count = count;
        getStyleClass().add("viewport-arrival");
        setId("viewport-arrival");
        getChildren().add(canvas);
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        refresh = new Timeline(new KeyFrame(Duration.millis(250), e -> paint()));
        refresh.setCycleCount(Timeline.INDEFINITE);
    }

    /** Starts watching the series shown now (call when it changes). */
    void watch() {
        paint();
        refresh.play();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(WIDTH);
        canvas.setHeight(getHeight());
        paint();
    }

    private void paint() {
        int n = count.getAsInt();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, h);
        if (n <= 1 || h <= 0) {
            refresh.stop();
            return;
        }
        BitSet have = ready.get();
        for (int i = 0; i < n; i++) {
            double y0 = Math.floor(h * i / n);
            double y1 = Math.max(y0 + 1, Math.floor(h * (i + 1) / n));
            g.setFill(have.get(i) ? READY : MISSING);
            g.fillRect(0, y0, WIDTH, y1 - y0);
        }
        if (have.cardinality() >= n) {
            refresh.stop();
        }
    }
}

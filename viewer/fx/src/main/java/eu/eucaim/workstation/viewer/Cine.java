package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.viewer.viewport.ViewportViewModel;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.util.Duration;

/**
 * Plays the active viewport's stack at {@link #fpsProperty} frames per second (1–60), from the last image back to
 * the first, while {@link #playingProperty} is on. Call on the UI thread.
 */
public final class Cine {
    public static final int MIN_FPS = 1;
    public static final int MAX_FPS = 60;

    private final Supplier<ViewportViewModel> active;
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final IntegerProperty fps = new SimpleIntegerProperty(10);
    /** Made on the first play: a Timeline needs the JavaFX toolkit, a view-model in a test may not have one. */
    private Timeline timeline;

    Cine(Supplier<ViewportViewModel> active) {
        this.active = active;
        playing.addListener((o, a, b) -> restart());
        fps.addListener((o, a, b) -> restart());
    }

    public void toggle() {
        playing.set(!playing.get());
    }

    /** One step: the active viewport's next image. */
    public void advance() {
        active.get().next();
    }

    /** Frames per second; values outside 1–60 play at the nearest of those. */
    public IntegerProperty fpsProperty() {
        return fps;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    void stop() {
        playing.set(false);
    }

    private void restart() {
        if (timeline != null) {
            timeline.stop();
        }
        if (!playing.get()) {
            return;
        }
        int rate = Math.max(MIN_FPS, Math.min(MAX_FPS, fps.get()));
        timeline = new Timeline(new KeyFrame(Duration.seconds(1.0 / rate), e -> advance()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }
}

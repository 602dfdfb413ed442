package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.settings.WindowBounds;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window back where it was, and remembers its normal (not maximised) bounds while it is used, so that
 * closing a maximised window still restores a sensible size next time.
 */
final class WindowKeeper {
    private final Stage stage;
    private double x;
    private double y;
    private double width;
    private double height;

    WindowKeeper(Stage stage) {
        this.stage = stage;
    }

    void restore(WindowBounds b) {
        // Never larger than the screen: a window that does not fit cannot be moved or resized back by the user.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(screen.getWidth(), Math.max(900, b.width())));
        stage.setHeight(Math.min(screen.getHeight(), Math.max(600, b.height())));
        // A position on a screen that is no longer attached would open the window out of sight.
        if (b.hasPosition()
                && !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), 100, 100))
                        .isEmpty()) {
            stage.setX(b.x());
            stage.setY(b.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(b.maximized());
        remember();
        stage.xProperty().addListener(o -> remember());
        stage.yProperty().addListener(o -> remember());
        stage.widthProperty().addListener(o -> remember());
        stage.heightProperty().addListener(o -> remember());
    }

    private void remember() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            x = stage.getX();
            y = stage.getY();
            width = stage.getWidth();
            height = stage.getHeight();
        }
    }

    WindowBounds current() {
        remember();
        return new WindowBounds(x, y, width, height, stage.isMaximized());
    }
}

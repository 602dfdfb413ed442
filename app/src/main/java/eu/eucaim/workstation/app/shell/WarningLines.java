package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.tab.Notifications;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** The dismissable lines under the header (a settings or selection file could not be read, ...): the notifications. */
final class WarningLines extends VBox implements Notifications {
    WarningLines() {
        setId("warnings");
    }

    @Override
    public void warn(String text) {
        UiThread.executor().execute(() -> show(text));
    }

    @Override
    public void inform(String title, String text, Runnable open) {
        UiThread.executor().execute(() -> {
            org.controlsfx.control.Notifications popup = org.controlsfx.control.Notifications.create()
                    .title(title)
                    .text(text)
                    .position(Pos.BOTTOM_RIGHT)
                    .hideAfter(javafx.util.Duration.seconds(8))
                    .onAction(e -> open.run());
            if (getScene() != null && getScene().getWindow() != null) {
                popup.owner(getScene().getWindow());
            }
            popup.showInformation();
        });
    }

    private void show(String text) {
        Label message = new Label(text, Icons.of(Material2AL.ERROR_OUTLINE));
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button dismiss = new Button(null, Icons.of(Material2AL.CLOSE));
        dismiss.getStyleClass().addAll("flat", "small");
        dismiss.setAccessibleText("Dismiss");
        HBox line = new HBox(8, message, dismiss);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("warning-line");
        line.setPadding(new Insets(6, 14, 6, 14));
        dismiss.setOnAction(e -> getChildren().remove(line));
        getChildren().add(line);
    }
}

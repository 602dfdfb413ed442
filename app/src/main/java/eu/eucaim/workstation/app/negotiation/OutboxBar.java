package eu.eucaim.workstation.app.negotiation;

import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Shown;
import eu.eucaim.workstation.app.negotiation.outbox.PendingAction;
import eu.eucaim.workstation.app.negotiation.outbox.PendingActions;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The outbox, visible: the actions that wait for the node, each with why its last attempt failed, with "Retry now"
 * and "Discard". Hidden while nothing waits.
 */
final class OutboxBar extends VBox {
    private final PendingActions outbox;
    private final VBox rows = new VBox(2);

    OutboxBar(PendingActions outbox) {
        this.outbox = outbox;
        setId("outbox");
        getStyleClass().add("warning-line");
        setPadding(new Insets(6, 14, 6, 14));
        setSpacing(4);
        Label summary = new Label();
        summary.setId("outbox-summary");
        summary.setGraphic(Icons.of(Material2MZ.SCHEDULE));
        summary.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> outbox.pending().size() == 1
                                ? "1 action waits to be sent to the negotiator; it is sent once, as soon as the node answers."
                                : outbox.pending().size()
                                        + " actions wait to be sent to the negotiator, in order, each once, as soon as the node"
                                        + " answers.",
                        outbox.pending()));
        summary.setWrapText(true);
        Button retry = new Button("Retry now", Icons.of(Material2MZ.REFRESH));
        retry.setId("outbox-retry");
        retry.setOnAction(e -> outbox.sendNow());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, summary, spacer, retry);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, rows);
        Shown.when(this, Bindings.isNotEmpty(outbox.pending()));
        outbox.pending().addListener((ListChangeListener<PendingAction>) c -> render());
        render();
    }

    private void render() {
        rows.getChildren().clear();
        for (PendingAction a : outbox.pending()) {
            Label what = new Label("• " + a.description()
                    + (a.lastError() == null ? "" : " — " + a.lastError())
                    + (a.attempts() == 0 ? "" : " (" + a.attempts() + (a.attempts() == 1 ? " try)" : " tries)")));
            what.setWrapText(true);
            what.getStyleClass().add("outbox-action");
            Button discard = new Button(null, Icons.of(Material2AL.DELETE));
            discard.getStyleClass().addAll("flat", "small");
            discard.setAccessibleText("Discard " + a.description());
            discard.setOnAction(e -> outbox.discard(a));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(6, what, spacer, discard);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
    }
}

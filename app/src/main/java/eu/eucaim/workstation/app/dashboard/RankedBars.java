package eu.eucaim.workstation.app.dashboard;

import eu.eucaim.workstation.api.catalogue.LabelledCount;
import eu.eucaim.workstation.app.fx.Formats;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A ranked bar chart whose labels are whole: one button-like row per entry, its rank and full label (wrapped, never cut to
 * "…", however long a dataset's title) above a bar as long as its share of the largest count, and the count. A click
 * opens the entry. A chart's category axis can only shorten such labels, which made the titles unreadable.
 */
final class RankedBars extends VBox {
    private static final double BAR_HEIGHT = 10;
    private final String one;
    private final String many;
    private final Consumer<String> open;

    /**
     * @param one, many what is counted, for the count beside each bar ("subject", "subjects")
     * @param open      told the key of the entry clicked
     */
    RankedBars(String one, String many, Consumer<String> open) {
        super(2);
        this.one = one;
        this.many = many;
        this.open = open;
        getStyleClass().add("ranked-bars");
    }

    /** Shows {@code counts} in their order, the first as rank 1. */
    void show(List<LabelledCount> counts) {
        long largest = counts.stream().mapToLong(LabelledCount::count).max().orElse(1);
        getChildren().clear();
        for (int i = 0; i < counts.size(); i++) {
            getChildren().add(row(i + 1, counts.get(i), largest));
        }
    }

    /** A row acts as a button (mouse, Enter or Space, a screen reader's "button") but fills the width like a box. */
    private VBox row(int rank, LabelledCount c, long largest) {
        Label title = new Label(rank + ". " + c.label());
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines get their height instead of an ellipsis
        title.getStyleClass().add("ranked-bar-title");
        Region bar = new Region();
        bar.getStyleClass().add("ranked-bar");
        Pane track = new Pane(bar);
        track.setMinWidth(0);
        track.setPrefHeight(BAR_HEIGHT);
        HBox.setHgrow(track, Priority.ALWAYS);
        bar.prefWidthProperty().bind(track.widthProperty().multiply((double) c.count() / Math.max(1, largest)));
        bar.setPrefHeight(BAR_HEIGHT);
        Label count = new Label(Formats.count(c.count()));
        count.getStyleClass().add("ranked-bar-count");
        count.setMinWidth(Region.USE_PREF_SIZE); // the number is what matters: never elided
        HBox barLine = new HBox(8, track, count);
        barLine.setAlignment(Pos.CENTER_LEFT);
        barLine.setFillHeight(false); // the bar keeps its height, centred on the count
        VBox row = new VBox(2, title, barLine);
        row.getStyleClass().add("ranked-bar-row");
        row.setId("ranked-bar-" + rank);
        row.setFocusTraversable(true);
        row.setAccessibleRole(AccessibleRole.BUTTON);
        row.setAccessibleText(c.label() + ", " + Formats.count(c.count(), one, many));
        Tooltip.install(row, new Tooltip(c.label() + "\n" + Formats.count(c.count(), one, many)));
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                open.accept(c.key());
            }
        });
        row.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                open.accept(c.key());
            }
        });
        return row;
    }
}

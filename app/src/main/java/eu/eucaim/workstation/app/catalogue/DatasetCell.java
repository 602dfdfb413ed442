package eu.eucaim.workstation.app.catalogue;

import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.app.fx.Texts;
import eu.eucaim.workstation.app.selection.SelectionViewModel;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One search result: title, publisher and country, size, modalities and access badges. */
final class DatasetCell extends ListCell<Dataset> {
    private static final String OBSERVATIONAL_STYLE = "observational";
    private final SelectionViewModel selection;

    /** @param selection marks the results in it, with a button that takes them out */
    DatasetCell(SelectionViewModel selection) {
        this.selection = selection;
    }

    @Override
    protected void updateItem(Dataset d, boolean empty) {
        super.updateItem(d, empty);
        getStyleClass().remove(OBSERVATIONAL_STYLE);
        setText(null);
        if (empty || d == null) {
            setGraphic(null);
            return;
        }
        Label title = Texts.wrapping(new Label(d.title()));
        title.getStyleClass().add("result-title");
        // One line each below the title: a second wrapping label here made the list measure the cell a line short
        // (the next result was drawn over its badges in a narrow window); the detail shows them whole.
        Label publisher = new Label(DatasetText.publisher(d.publisher()));
        publisher.getStyleClass().add("text-muted");
        VBox box = new VBox(3, title, publisher);
        box.getStyleClass().add("result");
        if (d.observationalStudy()) {
            getStyleClass().add(OBSERVATIONAL_STYLE);
            Label explain = Texts.wrapping(new Label(DatasetText.OBSERVATIONAL));
            explain.getStyleClass().add("observational-text");
            box.getChildren().add(explain);
        } else {
            Label size = new Label(DatasetText.size(d) + " · " + DatasetText.list(d.modalities()));
            box.getChildren().add(size);
        }
        box.getChildren().add(Badges.of(d));
        if (selection.contains(d.id())) {
            Label in = new Label("In your selection");
            in.getStyleClass().addAll("badge", "badge-selected");
            Hyperlink remove = new Hyperlink("Remove");
            remove.getStyleClass().add("result-remove");
            remove.setOnAction(e -> selection.remove(d.id()));
            HBox mark = new HBox(8, in, remove);
            mark.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            mark.getStyleClass().add("result-selected");
            box.getChildren().add(mark);
        }
        // Wrap text to the list's width instead of making the list scroll sideways.
        eu.eucaim.workstation.app.fx.Scrolling.fitToCell(this, box);
        setGraphic(box);
    }
}

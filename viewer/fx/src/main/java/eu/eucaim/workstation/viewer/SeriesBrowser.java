package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.viewer.browser.SeriesCell;
import eu.eucaim.workstation.viewer.browser.SeriesItem;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The series list on the left: double-click or Enter shows a series in the active viewport. */
final class SeriesBrowser extends VBox {
    static final double WIDTH = 270;
    static final double NARROW_WIDTH = 208;

    SeriesBrowser(ViewerViewModel vm) {
        super(6);
        ListView<SeriesItem> list = new ListView<>(vm.series());
        list.setId("series-list");
        list.setCellFactory(l -> new SeriesCell());
        list.setPlaceholder(new Label("No images open"));
        list.setOnMouseClicked(e -> {
            SeriesItem item = list.getSelectionModel().getSelectedItem();
            if (item != null && e.getClickCount() == 2) {
                vm.show(item);
            }
        });
        list.setOnKeyPressed(e -> {
            SeriesItem item = list.getSelectionModel().getSelectedItem();
            if (item != null && e.getCode() == KeyCode.ENTER) {
                vm.show(item);
            }
        });
        Label title = new Label("Series");
        title.getStyleClass().add("title-4");
        getChildren().addAll(title, list);
        setPadding(new Insets(6));
        VBox.setVgrow(list, Priority.ALWAYS);
        setMinWidth(NARROW_WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
    }
}

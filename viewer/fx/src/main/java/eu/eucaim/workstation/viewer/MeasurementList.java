package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.viewer.engine.Annotation;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The measurements of the image on screen in the active viewport, on the right, with a Delete button. */
final class MeasurementList extends VBox {
    static final double WIDTH = 230;
    static final double NARROW_WIDTH = 180;

    MeasurementList(ViewerViewModel vm) {
        super(6);
        ListView<Annotation> list = new ListView<>();
        list.setId("annotation-list");
        list.itemsProperty().bind(vm.measurementsOnScreenProperty());
        Label none = new Label();
        none.textProperty()
                .bind(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(vm.series()))
                        .then("No image open")
                        .otherwise("No measurements on this image: Length, Angle and the ROI tools measure it"));
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.setCellFactory(l -> new MeasurementCell(list));
        Button delete = new Button("Delete");
        delete.setId("delete-annotation");
        delete.setOnAction(e -> vm.deleteMeasurement(list.getSelectionModel().getSelectedItem()));
        delete.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        Label title = new Label("Measurements");
        title.getStyleClass().add("title-4");
        getChildren().addAll(title, list, delete);
        setPadding(new Insets(6));
        VBox.setVgrow(list, Priority.ALWAYS);
        setMinWidth(NARROW_WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
    }

    /** "Length: 12.3 mm", wrapped to the list's width. */
    private static final class MeasurementCell extends ListCell<Annotation> {
        private final ListView<Annotation> list;

        MeasurementCell(ListView<Annotation> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(Annotation a, boolean empty) {
            super.updateItem(a, empty);
            setText(null);
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            String kind = a.kind().name();
            Label text = new Label(kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT) + ": "
                    + a.label().replace("\n", ", "));
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            // A fixed width to wrap at, so the cell's height is computed for it (a max width is not enough).
            text.prefWidthProperty().bind(list.widthProperty().subtract(28));
            setGraphic(text);
        }
    }
}

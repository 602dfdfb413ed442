package eu.eucaim.workstation.viewer.browser;

import eu.eucaim.workstation.viewer.images.FxImages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A series in the browser: thumbnail, series number · modality · description, patient and study, image count. */
public final class SeriesCell extends ListCell<SeriesItem> {
    /** What a series carries when dragged onto a viewport: its Series Instance UID. */
    public static final DataFormat SERIES = new DataFormat("application/x-eucaim-series");

    private final ImageView thumb = new ImageView();
    private final Label title = new Label();
    private final Label study = new Label();
    private final Label count = new Label();
    private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
    private final HBox box;
    private static final double GAP = 8;
    private static final double PADDING = 2;

    public SeriesCell() {
        thumb.setFitWidth(Thumbnails.SIZE);
        thumb.setFitHeight(Thumbnails.SIZE);
        StackPane frame = new StackPane(thumb);
        frame.setMinSize(Thumbnails.SIZE, Thumbnails.SIZE);
        frame.setStyle("-fx-background-color: black;");
        title.getStyleClass().add("series-title");
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true); // "3 · CT · Thorax 1.0 B70f" whole on two lines in a narrow list
        // Without this a wrapping label in a list cell is given one line and cut ("1 · CT · …").
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        study.getStyleClass().add("text-muted");
        count.getStyleClass().addAll("text-muted", "series-count");
        VBox text = new VBox(2, title, study, count);
        box = new HBox(GAP, frame, text);
        // The title is measured at the width it is drawn at, the cell's less the thumbnail: measured at its one-line
        // width, a title wrapping on three lines in a narrow list got a row two lines high and was cut off at the
        // top and the bottom ("1 · MR · Ax T2 FSE 3 mm" at 1024 px).
        title.prefWidthProperty()
                .bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> getWidth() <= 0
                                ? javafx.scene.layout.Region.USE_COMPUTED_SIZE // not laid out yet
                                : Math.max(
                                        0,
                                        getWidth()
                                                - snappedLeftInset()
                                                - snappedRightInset()
                                                - 2 * PADDING
                                                - Thumbnails.SIZE
                                                - GAP),
                        widthProperty(),
                        paddingProperty()));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(PADDING));
        // As wide as the list, never wider: long names end in "…" (the tooltip has them whole) instead of
        // making the list scroll sideways.
        setPrefWidth(0);
        setOnDragDetected(e -> {
            if (getItem() != null) {
                ClipboardContent c = new ClipboardContent();
                c.put(SERIES, getItem().seriesUid());
                startDragAndDrop(TransferMode.COPY).setContent(c);
                e.consume();
            }
        });
    }

    @Override
    protected void updateItem(SeriesItem item, boolean empty) {
        super.updateItem(item, empty);
        thumb.imageProperty().unbind();
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        thumb.imageProperty()
                .bind(Bindings.createObjectBinding(
                        () -> FxImages.toImage(item.thumbnailProperty().get()), item.thumbnailProperty()));
        title.setText(item.title());
        study.setText(item.patientName() + " · " + item.studyDate()
                + (item.studyDescription().isEmpty() ? "" : " · " + item.studyDescription()));
        count.setText(item.imageCount() + (item.imageCount() == 1 ? " image" : " images"));
        setText(null);
        tip.setText(title.getText() + "\n" + study.getText());
        setTooltip(tip);
        setGraphic(box);
    }
}

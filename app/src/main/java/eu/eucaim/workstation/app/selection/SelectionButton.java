package eu.eucaim.workstation.app.selection;

import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Scrolling;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The review list at the top right: a button with the number of selected datasets that opens a panel listing
 * them, each removable, with "Clear".
 */
public final class SelectionButton extends StackPane {
    private final PopOver popOver;
    private java.util.function.Consumer<String> open = id -> {};
    private Runnable requestAccess = () -> {};

    public SelectionButton(SelectionViewModel vm) {
        Button button = new Button("Selection", Icons.of(Material2MZ.SHOPPING_CART));
        button.setId("selection-button");
        button.setMnemonicParsing(false);
        Label badge = new Label();
        badge.setId("selection-count");
        badge.getStyleClass().add("count-badge");
        badge.textProperty().bind(vm.countProperty().asString());
        button.setGraphic(new HBox(6, Icons.of(Material2MZ.SHOPPING_CART), badge));
        button.setContentDisplay(ContentDisplay.LEFT);

        ListView<SelectedDataset> list = new ListView<>(vm.items());
        list.setId("selection-list");
        list.setPrefSize(380, 260);
        list.setPlaceholder(new Label("Nothing selected yet.\nUse \"Add to selection\" on a dataset."));
        list.setCellFactory(v -> new SelectedCell(vm, this::openSelected));
        Button clear = new Button("Clear", Icons.of(Material2AL.CLEAR));
        clear.setId("selection-clear");
        clear.disableProperty().bind(vm.countProperty().isEqualTo(0));
        clear.setOnAction(e -> vm.clear());
        Label heading = new Label("Selected datasets");
        heading.getStyleClass().add("title-4");
        Button request = new Button("Request access…", Icons.of(Material2AL.GAVEL));
        request.setId("selection-request-access");
        request.getStyleClass().add("accent");
        request.disableProperty().bind(vm.countProperty().isEqualTo(0));
        request.setOnAction(e -> requestAccess());
        Label hint = new Label("Kept on this computer. \"Request access\" sends the selection to the negotiator.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, clear, request);
        top.setAlignment(Pos.CENTER_LEFT);
        BorderPane content = new BorderPane(list, top, null, hint, null);
        content.setPadding(new javafx.geometry.Insets(10));
        BorderPane.setMargin(list, new javafx.geometry.Insets(8, 0, 8, 0));
        content.setId("selection-panel");

        popOver = new PopOver(new VBox(content));
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
        popOver.setDetachable(false);
        popOver.setAnimated(false);
        // the click that closes the panel also reaches what it lands on (a tab, a button)
        popOver.setConsumeAutoHidingEvents(false);
        button.setOnAction(e -> toggle(button));
        getChildren().add(button);
    }

    /** What a row's title opens: the dataset's detail in the Catalogue (set once the tabs exist). */
    public void setOnOpen(java.util.function.Consumer<String> open) {
        this.open = open;
    }

    /** What "Request access…" does: the selection goes to the Negotiations tab as a new request. */
    public void setOnRequestAccess(Runnable requestAccess) {
        this.requestAccess = requestAccess;
    }

    private void requestAccess() {
        popOver.hide();
        requestAccess.run();
    }

    private void openSelected(String id) {
        popOver.hide();
        open.accept(id);
    }

    private void toggle(Button anchor) {
        if (popOver.isShowing()) {
            popOver.hide();
        } else {
            popOver.show(anchor);
        }
    }

    /** One selected dataset with its remove button. */
    private static final class SelectedCell extends ListCell<SelectedDataset> {
        private final SelectionViewModel vm;
        private final java.util.function.Consumer<String> open;

        SelectedCell(SelectionViewModel vm, java.util.function.Consumer<String> open) {
            this.vm = vm;
            this.open = open;
        }

        @Override
        protected void updateItem(SelectedDataset item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            javafx.scene.control.Hyperlink title = new javafx.scene.control.Hyperlink(item.title());
            title.setWrapText(true); // as wide as the row leaves it, on more lines if need be
            title.setMinWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            title.getStyleClass().add("selected-title");
            title.setOnAction(e -> open.accept(item.id()));
            Button remove = new Button(null, Icons.of(Material2AL.DELETE));
            remove.getStyleClass().addAll("flat", "remove-selected");
            remove.setAccessibleText("Remove " + item.title());
            remove.setOnAction(e -> vm.remove(item.id()));
            remove.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(6, title, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            Scrolling.fitToCell(this, row);
            setText(null);
            setGraphic(row);
        }
    }
}

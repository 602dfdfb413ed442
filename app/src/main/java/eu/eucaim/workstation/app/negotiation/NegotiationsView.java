package eu.eucaim.workstation.app.negotiation;

import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Scrolling;
import eu.eucaim.workstation.app.fx.Shown;
import eu.eucaim.workstation.app.fx.Texts;
import eu.eucaim.workstation.app.negotiation.form.AccessFormView;
import eu.eucaim.workstation.app.negotiation.page.NegotiationPageView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Negotiations tab: the list on the left (which list, status filter, search), and the page or the form. */
public final class NegotiationsView extends BorderPane {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.systemDefault());

    private final NegotiationsViewModel vm;
    private final ListView<NegotiationRow> list;

    public NegotiationsView(NegotiationsViewModel vm, NegotiationPageView page, AccessFormView form, Node outbox) {
        this.vm = vm;
        setId("negotiations");
        NegotiationListViewModel l = vm.list();
        ComboBox<NegotiationListViewModel.View> which = new ComboBox<>(l.views());
        which.setId("negotiations-view");
        which.valueProperty().bindBidirectional(l.viewProperty());
        which.setMaxWidth(Double.MAX_VALUE);
        ComboBox<String> status = new ComboBox<>(l.statuses());
        status.setId("negotiations-status");
        status.valueProperty().bindBidirectional(l.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        TextField search = new TextField();
        search.setId("negotiations-search");
        search.setPromptText("Search…"); // whole in the narrow list's row; the tooltip says what it searches
        search.setTooltip(new javafx.scene.control.Tooltip("Search the negotiations' titles, numbers and statuses"));
        search.textProperty().bindBidirectional(l.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button refresh = new Button(null, Icons.of(Material2MZ.REFRESH));
        refresh.setAccessibleText("Refresh");
        refresh.setOnAction(e -> l.load());
        list = new ListView<>(l.rows());
        list.setId("negotiations-list");
        list.setCellFactory(v -> new RowCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.open(row.id());
            }
        });
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(28, 28);
        spinner.visibleProperty().bind(l.loadingProperty());
        Label empty = new Label();
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(12)); // off the list's border, as the other lists' placeholders
        empty.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        empty.textProperty()
                .bind(Bindings.when(l.errorProperty().isNotNull())
                        .then(l.errorProperty())
                        .otherwise(
                                "No negotiations yet. Select datasets in the Catalogue, then \"Request access\" in the"
                                        + " selection."));
        list.setPlaceholder(empty);
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.size(l.rows()).asString("%d shown"));
        HBox.setHgrow(which, Priority.ALWAYS);
        HBox top = new HBox(6, which, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox filters = new HBox(6, status, search);
        filters.setAlignment(Pos.CENTER_LEFT);
        StackPane rows = new StackPane(list, spinner);
        VBox left = new VBox(8, top, filters, rows, count);
        VBox.setVgrow(rows, Priority.ALWAYS);
        left.setPadding(new Insets(10));
        left.setMinWidth(280);

        Label message = new Label();
        message.setId("negotiations-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Shown.when(message, vm.messageProperty().isNotNull());
        message.setPadding(new Insets(8, 16, 0, 16));
        Label nothing = new Label("Choose a negotiation on the left, or send your selection to the negotiator.");
        nothing.getStyleClass().add("text-muted");
        StackPane content = new StackPane(nothing, page, form);
        page.visibleProperty().bind(vm.shownProperty().isEqualTo(NegotiationsViewModel.Shown.PAGE));
        form.visibleProperty().bind(vm.shownProperty().isEqualTo(NegotiationsViewModel.Shown.FORM));
        nothing.visibleProperty().bind(vm.shownProperty().isEqualTo(NegotiationsViewModel.Shown.NOTHING));
        BorderPane right = new BorderPane(content, message, null, null, null);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(left, false);
        setCenter(split);
        setTop(outbox);
    }

    /** Selects the row of {@code id} when it is listed (after a hand-off or a notification). */
    public void select(String id) {
        for (NegotiationRow r : list.getItems()) {
            if (r.id().equals(id)) {
                list.getSelectionModel().select(r);
                list.scrollTo(r);
                return;
            }
        }
    }

    /** Title, number and date, the status in words, and the datasets' sub-statuses where known. */
    private static final class RowCell extends ListCell<NegotiationRow> {
        @Override
        protected void updateItem(NegotiationRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            // One wrapping label per cell (the datasets' states): with more, the list measured the cell a line short
            // and the next row was drawn over it.
            Label title = new Label(r.title());
            title.setStyle("-fx-font-weight: bold;");
            Label status = new Label(r.status());
            status.getStyleClass().add("negotiation-row-status");
            status.setStyle("-fx-padding: 0 6; -fx-background-color: -color-accent-subtle; -fx-background-radius: 6;");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(6, title, spacer, status);
            top.setAlignment(Pos.CENTER_LEFT);
            Label meta = new Label("#" + r.displayId() + " · " + DAY.format(r.created())
                    + (r.author().isEmpty() ? "" : " · " + r.author()));
            meta.getStyleClass().add("text-muted");
            VBox box = new VBox(2, top, meta);
            if (!r.datasets().isEmpty()) {
                Label datasets = Texts.wrapping(new Label(r.datasets()));
                datasets.getStyleClass().add("text-muted");
                box.getChildren().add(datasets);
            }
            title.setMinWidth(0);
            status.setMinWidth(Region.USE_PREF_SIZE);
            Scrolling.fitToCell(this, box);
            setGraphic(box);
        }
    }

    Node listNode() {
        return list;
    }
}

package eu.eucaim.workstation.app.datasets;

import eu.eucaim.workstation.api.images.LoggedDataset;
import eu.eucaim.workstation.api.images.Retrieval;
import eu.eucaim.workstation.app.fx.BoundFields;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.Scrolling;
import eu.eucaim.workstation.app.fx.Texts;
import eu.eucaim.workstation.app.tab.Dialogs;
import eu.eucaim.workstation.app.tab.FileType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Datasets tab for data stewards: on the left the datasets they represent with the log's totals; on the right
 * the chosen dataset's retrieval log (who retrieved which study and series, how, how many bytes, when), filtered by
 * user and dates, page by page, and Export CSV….
 */
final class RetrievalLogView extends SplitPane {
    static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());
    static final FileType CSV = FileType.of("CSV file", "*.csv");

    RetrievalLogView(RetrievalLogViewModel vm, Dialogs dialogs) {
        setId("datasets");
        ListView<LoggedDataset> list = new ListView<>(vm.datasets());
        list.setId("datasets-list");
        list.setCellFactory(l -> new ListCell<>() {
            private final Label title = Scrolling.wrapWithinList(l, new Label());
            private final Label figures = new Label();
            private final VBox lines = new VBox(2, title, figures);

            {
                setPrefWidth(0); // as wide as the list: long titles wrap instead of scrolling sideways
                figures.getStyleClass().add("text-muted");
            }

            @Override
            protected void updateItem(LoggedDataset d, boolean empty) {
                super.updateItem(d, empty);
                setText(null);
                if (empty || d == null) {
                    setGraphic(null);
                    return;
                }
                title.setText(d.title());
                figures.setText(d.datasetId() + " · " + Formats.count(d.retrievals(), "retrieval", "retrievals") + ", "
                        + Formats.bytes(d.bytes()));
                setGraphic(lines);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null) {
                vm.datasetProperty().set(d);
            }
        });
        vm.datasetProperty().addListener((o, a, d) -> list.getSelectionModel().select(d));
        list.setPlaceholder(new Label("No dataset you represent"));
        // In a narrow window the heading wraps beside Refresh rather than being cut.
        Label listTitle = Texts.wrapping(new Label());
        listTitle.setId("datasets-heading");
        listTitle.textProperty().bind(vm.listHeadingProperty());
        listTitle.getStyleClass().add("title-4");
        listTitle.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(listTitle, Priority.ALWAYS);
        Button refresh = new Button("Refresh");
        refresh.setId("datasets-refresh");
        refresh.setOnAction(e -> vm.refresh());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(6, listTitle, refresh);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox left = new VBox(6, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(6));
        left.setMinWidth(220);

        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.setId("retrievals-title");
        title.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> vm.datasetProperty().get() == null
                                ? "Retrieval log"
                                : "Who retrieved images of "
                                        + vm.datasetProperty().get().title(),
                        vm.datasetProperty()));
        Texts.wrapping(title); // whole on two lines rather than cut when the table below takes the height
        TextField user = BoundFields.text("retrievals-user", "user name or account", 14, vm.userProperty());
        TextField from = BoundFields.text("retrievals-from", "YYYY-MM-DD", 9, vm.fromProperty());
        TextField to = BoundFields.text("retrievals-to", "YYYY-MM-DD", 9, vm.toProperty());
        for (TextField f : new TextField[] {user, from, to}) {
            f.setOnAction(e -> vm.apply());
        }
        Button apply = new Button("Apply");
        apply.setId("retrievals-apply");
        apply.setOnAction(e -> vm.apply());
        Button export = new Button("Export CSV…");
        export.setId("retrievals-export");
        export.disableProperty().bind(vm.datasetProperty().isNull());
        export.setOnAction(e -> dialogs.chooseFileToSave("Export the retrieval log", vm.suggestedFileName(), CSV)
                .ifPresent(vm::export));
        // Groups that flow onto a second line in a narrow window, each whole (a label beside its field).
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(
                12,
                6,
                group(new Label("User"), user),
                group(new Label("From"), from, new Label("to"), to),
                group(apply, export));
        filters.setId("retrievals-filters");

        TableView<Retrieval> table = new TableView<>(vm.rows());
        table.setId("retrievals-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("When", 150, r -> AT.format(r.at())));
        table.getColumns().add(column("User", 110, r -> r.username() == null ? r.account() : r.username()));
        table.getColumns().add(column("Retrieval", 90, r -> switch (r.use()) {
            case "VIEW" -> "viewed";
            case "RETRIEVE" -> "downloaded";
            default -> r.use().toLowerCase(Locale.ROOT);
        }));
        table.getColumns().add(column("Size", 80, r -> Formats.bytes(r.bytes())));
        table.getColumns().add(column("Study", 150, Retrieval::studyUid));
        table.getColumns().add(column("Series", 150, r -> r.seriesUid() == null ? "(whole study)" : r.seriesUid()));
        table.setPlaceholder(new Label("No retrieval matches"));

        Label totals = new Label();
        totals.setId("retrievals-totals");
        totals.textProperty().bind(vm.totalsProperty());
        Button previous = new Button("Previous");
        previous.setId("retrievals-previous");
        previous.disableProperty().bind(vm.hasPreviousProperty().not());
        previous.setOnAction(e -> vm.previous());
        Button next = new Button("Next");
        next.setId("retrievals-next");
        next.disableProperty().bind(vm.hasNextProperty().not());
        next.setOnAction(e -> vm.next());
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox paging = new HBox(6, totals, gap2, previous, next);
        paging.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("retrievals-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        VBox right = new VBox(8, title, filters, table, paging, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        right.setPadding(new Insets(6));
        getItems().addAll(left, right);
        setDividerPositions(0.28);
    }

    /** Controls kept together on one line, none narrower than it needs. */
    private static HBox group(javafx.scene.control.Control... controls) {
        for (javafx.scene.control.Control c : controls) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox g = new HBox(6, controls);
        g.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return g;
    }

    private static TableColumn<Retrieval, String> column(String title, double width, Function<Retrieval, String> text) {
        TableColumn<Retrieval, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }
}

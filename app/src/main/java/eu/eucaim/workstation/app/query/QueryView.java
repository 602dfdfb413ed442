package eu.eucaim.workstation.app.query;

import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.vocabulary.Modality;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Shown;
import eu.eucaim.workstation.app.fx.Texts;
import eu.eucaim.workstation.app.tab.Dialogs;
import eu.eucaim.workstation.viewer.controls.PriorityBar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Query tab: results grouped by provider in the middle, filters on the right (grouped as in the EUCAIM user
 * guide). All state and commands are in {@link QueryViewModel}.
 */
public final class QueryView extends BorderPane {
    private final QueryViewModel vm;
    private final VBox results = new VBox(12);
    private final Dialogs dialogs;

    /** @param dialogs asks for the report file to save or open */
    public QueryView(QueryViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        setId("query-view");
        setTop(toolbar());
        results.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(results);
        scroll.setFitToWidth(true);
        scroll.setId("query-results");
        setCenter(scroll);
        ScrollPane filters = new ScrollPane(filters());
        filters.setFitToWidth(true);
        filters.setPrefWidth(320);
        filters.getStyleClass().add("facet-panel");
        setRight(filters);
        vm.rows().addListener((ListChangeListener<ProviderRow>) c -> showRows());
        showRows();
    }

    private Node toolbar() {
        Button run = new Button("Run query", Icons.of(Material2MZ.SEARCH));
        run.setId("query-run");
        run.getStyleClass().add("accent");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.problemProperty().isNotNull());
        run.setOnAction(e -> vm.run());
        Button cancel = new Button("Cancel", Icons.of(Material2AL.CLOSE));
        cancel.setId("query-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Label total = new Label();
        total.setId("query-total");
        total.getStyleClass().add("title-4");
        total.setMinWidth(Region.USE_PREF_SIZE); // the numbers are the answer: never cut
        total.textProperty().bind(vm.totalProperty());
        Label summary = new Label();
        summary.setId("query-summary");
        summary.getStyleClass().add("text-muted");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Button addAll = new Button("Add all to selection", Icons.of(Material2AL.ADD_SHOPPING_CART));
        addAll.setId("query-add-all");
        addAll.disableProperty().bind(vm.subjectsProperty().isEqualTo(0));
        addAll.setOnAction(e -> vm.addAllToSelection());
        Button download = new Button("Download report", Icons.of(Material2MZ.SAVE_ALT));
        download.setId("query-download");
        download.disableProperty().bind(vm.reportSavableProperty().not());
        download.setOnAction(e -> dialogs.chooseFileToSave(
                        "Download the query report", "eucaim-query-report.json", ReportFiles.JSON, ReportFiles.CSV)
                .ifPresent(vm::saveReport));
        Button open = new Button("Open report…", Icons.of(Material2AL.FOLDER_OPEN));
        open.setId("query-open-report");
        open.setOnAction(e -> {
            dialogs.chooseFileToOpen("Open a query report", ReportFiles.JSON).ifPresent(vm::openReport);
        });
        PriorityBar bar = new PriorityBar();
        bar.setSpacing(10);
        bar.add(run, PriorityBar.ALWAYS);
        bar.add(cancel, 40);
        bar.spacer();
        bar.add(addAll, 30);
        bar.add(download, 20);
        bar.add(open, 10);
        bar.setPadding(new Insets(10, 12, 6, 12));
        // The totals get a line of their own: beside the buttons a narrow window would squeeze them to "…".
        HBox totals = new HBox(10, total, summary);
        totals.setAlignment(Pos.BASELINE_LEFT);
        totals.setPadding(new Insets(0, 12, 4, 12));
        Shown.when(totals, total.textProperty().isNotEmpty());
        Label message = new Label();
        message.setId("query-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Shown.when(message, vm.messageProperty().isNotNull());
        message.setPadding(new Insets(0, 12, 6, 12));
        return new VBox(bar, totals, message);
    }

    private Node filters() {
        VBox box = new VBox(8);
        box.setPadding(new Insets(12));
        box.setId("query-filters");
        box.getChildren().add(Texts.heading("Patient information"));
        box.getChildren().add(choices(FilterCategory.GENDER));
        box.getChildren()
                .add(range("Age at diagnosis", "query-age", vm.ageMinProperty(), vm.ageMaxProperty(), "0", "150"));
        box.getChildren().add(new Separator());
        box.getChildren().add(Texts.heading("Clinical parameters"));
        box.getChildren().add(choices(FilterCategory.DIAGNOSIS));
        box.getChildren()
                .add(range(
                        "Year of diagnosis", "query-year", vm.yearMinProperty(), vm.yearMaxProperty(), "2000", "2024"));
        box.getChildren().add(new Separator());
        box.getChildren().add(Texts.heading("Image parameters"));
        box.getChildren().add(choices(FilterCategory.MODALITY));
        box.getChildren().add(choices(FilterCategory.BODY_PART));
        box.getChildren().add(choices(FilterCategory.MANUFACTURER));
        Label problem = new Label();
        problem.setId("query-problem");
        problem.getStyleClass().add("query-failed");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        Shown.when(problem, vm.problemProperty().isNotNull());
        Button clear = new Button("Clear filters");
        clear.setId("query-clear");
        clear.setOnAction(e -> vm.clearFilters());
        box.getChildren().addAll(problem, clear);
        return box;
    }

    private Node choices(FilterCategory category) {
        VBox box = new VBox(4);
        Label title = new Label(category.label());
        title.getStyleClass().add("result-title");
        box.getChildren().add(title);
        for (Map.Entry<String, String> e : category.choices().entrySet()) {
            CheckBox check = new CheckBox(e.getValue());
            check.setId("query-"
                    + category.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                    + e.getKey().replaceAll("[^A-Za-z0-9]", ""));
            check.selectedProperty().bindBidirectional(vm.choiceProperty(category, e.getKey()));
            box.getChildren().add(check);
        }
        return box;
    }

    private static Node range(
            String label,
            String id,
            javafx.beans.property.StringProperty min,
            javafx.beans.property.StringProperty max,
            String minPrompt,
            String maxPrompt) {
        Label title = new Label(label);
        title.getStyleClass().add("result-title");
        TextField from = new TextField();
        from.setId(id + "-min");
        from.setPromptText(minPrompt);
        from.setPrefColumnCount(5);
        from.textProperty().bindBidirectional(min);
        TextField to = new TextField();
        to.setId(id + "-max");
        to.setPromptText(maxPrompt);
        to.setPrefColumnCount(5);
        to.textProperty().bindBidirectional(max);
        HBox row = new HBox(6, from, new Label("–"), to);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, title, row);
    }

    private void showRows() {
        results.getChildren().clear();
        if (vm.rows().isEmpty()) {
            Label hint = new Label(
                    "Choose filters on the right and run the query: every provider of the "
                            + "federation is asked at once, and each answer shows here as it arrives.",
                    Icons.of(Material2AL.FIND_IN_PAGE, 28));
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            results.getChildren().add(hint);
            return;
        }
        vm.rows().forEach(r -> results.getChildren().add(section(r)));
    }

    private Node section(ProviderRow row) {
        Label name = new Label(row.provider().name());
        name.getStyleClass().add("title-4");
        name.setMinWidth(Region.USE_PREF_SIZE);
        // host:port says which node; the whole address is a hover away (it would push the totals to "…")
        String endpoint = row.provider().endpoint().toString();
        Label url =
                new Label(Objects.requireNonNullElse(row.provider().endpoint().getAuthority(), endpoint));
        url.getStyleClass().add("text-muted");
        url.setMinWidth(Region.USE_PREF_SIZE);
        url.setTooltip(new Tooltip(endpoint));
        Label status = new Label();
        status.textProperty().bind(row.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add("query-status");
        row.stateProperty().addListener((o, a, s) -> styleStatus(status, s));
        styleStatus(status, row.stateProperty().get());
        Label totals = new Label();
        totals.getStyleClass().add("result-title");
        totals.setMinWidth(Region.USE_PREF_SIZE);
        totals.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> row.stateProperty().get() != ProviderRow.State.ANSWERED
                                ? ""
                                : Formats.count(row.totalProperty().get().subjectsCount(), "subject", "subjects")
                                        + " · "
                                        + Formats.count(
                                                row.totalProperty().get().studiesCount(), "study", "studies"),
                        row.totalProperty(),
                        row.stateProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, name, url, spacer, totals);
        header.setAlignment(Pos.BASELINE_LEFT);
        GridPane table = new GridPane();
        table.setHgap(16);
        table.setVgap(4);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().addAll(grow, number(), number(), number());
        Runnable fill = () -> fillTable(table, row);
        row.collections().addListener((ListChangeListener<FederatedSearchResponse.Collection>) c -> fill.run());
        row.stateProperty().addListener((o, a, s) -> fill.run());
        fill.run();
        VBox box = new VBox(6, header, status, table);
        box.getStyleClass().add("panel");
        box.setId("provider-" + row.provider().name().replaceAll("[^A-Za-z0-9]", ""));
        return box;
    }

    /** A column of figures: as wide as its widest figure, never less, right-aligned. */
    private static ColumnConstraints number() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        c.setHalignment(javafx.geometry.HPos.RIGHT);
        return c;
    }

    private static void styleStatus(Label status, ProviderRow.State state) {
        status.getStyleClass().removeAll("query-answered", "query-failed", "query-answering", "query-claimed");
        status.setGraphic(
                switch (state) {
                    case ANSWERING -> Icons.of(Material2MZ.SCHEDULE);
                    case CLAIMED -> Icons.of(Material2MZ.SYNC);
                    case ANSWERED -> Icons.of(Material2AL.CHECK_CIRCLE);
                    case FAILED -> Icons.of(Material2AL.ERROR_OUTLINE);
                });
        status.getStyleClass()
                .add(
                        switch (state) {
                            case ANSWERING -> "query-answering";
                            case CLAIMED -> "query-claimed";
                            case ANSWERED -> "query-answered";
                            case FAILED -> "query-failed";
                        });
    }

    private void fillTable(GridPane table, ProviderRow row) {
        table.getChildren().clear();
        if (row.stateProperty().get() != ProviderRow.State.ANSWERED) {
            return;
        }
        if (row.collections().isEmpty()) {
            table.add(new Label("No collection matches."), 0, 0);
            return;
        }
        String[] heads = {"Collection", "Subjects", "Studies", "Age"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(heads[i]);
            h.getStyleClass().add("metadata-key");
            table.add(h, i, 0);
        }
        int r = 1;
        for (FederatedSearchResponse.Collection c : row.collections()) {
            Hyperlink open = new Hyperlink(c.name());
            open.setId("open-" + c.id());
            open.setWrapText(true);
            open.setOnAction(e -> vm.open(row, c));
            open.setAccessibleText("Open " + c.name() + " in the Catalogue");
            // what the collection holds, under its name: a column of its own would take the numbers' room
            // the search's codes (PET, SPECT) in the catalogue's words (PT, NM): one vocabulary on screen
            List<String> modalities = c.modalities().stream()
                    .map(m -> Modality.ofSearchCode(m).map(Modality::dicomCode).orElse(m))
                    .toList();
            Label holds = new Label(String.join(", ", modalities) + " · " + String.join(", ", c.bodyParts()));
            holds.getStyleClass().add("text-muted");
            holds.setWrapText(true);
            holds.setPadding(new Insets(0, 0, 0, 4));
            table.add(new VBox(open, holds), 0, r);
            table.add(new Label(Formats.count(c.subjectsCount())), 1, r);
            table.add(new Label(Formats.count(c.studiesCount())), 2, r);
            table.add(
                    new Label(
                            c.ageRange() == null
                                    ? ""
                                    : c.ageRange().min() + "–" + c.ageRange().max()),
                    3,
                    r);
            r++;
        }
    }
}

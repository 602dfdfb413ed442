package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.app.fx.BoundFields;
import eu.eucaim.workstation.app.fx.ColumnWidths;
import eu.eucaim.workstation.app.fx.Scrolling;
import eu.eucaim.workstation.app.fx.Shown;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Viewer's remote search beside the images: a source, a PACS-style form (patient, ID, dates, modality,
 * accession), the studies found and the series of the one chosen; a double-click (or Enter) opens a series.
 */
public final class RemoteSearchView extends VBox {
    private final RemoteSearchViewModel vm;

    public RemoteSearchView(RemoteSearchViewModel vm) {
        super(4);
        this.vm = vm;
        setId("remote");
        setPadding(new Insets(6));
        ComboBox<ImageSource> source = new ComboBox<>(vm.sources());
        source.setId("remote-source");
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImageSource s) {
                return s == null ? "" : s.name() + " — " + s.baseUrl();
            }

            @Override
            public ImageSource fromString(String string) {
                return null;
            }
        });
        source.setMaxWidth(Double.MAX_VALUE);
        source.setOnShowing(e -> vm.refreshSources());
        // In a narrow panel the name and the end of the address stay ("Remote node — http://…/dicom-web"), the
        // tooltip has it whole.
        source.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ImageSource s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? "" : source.getConverter().toString(s));
            }
        });
        source.getButtonCell().setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        source.valueProperty()
                .addListener((o, was, now) -> source.setTooltip(
                        now == null
                                ? null
                                : new javafx.scene.control.Tooltip(
                                        source.getConverter().toString(now))));

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields, labels, fields);
        form.addRow(
                0,
                new Label("Patient"),
                tip(
                        BoundFields.text("remote-patient-name", "Name or DOE*", 8, vm.patientNameProperty()),
                        "The patient's name: whole, or a part with * for any characters (DOE*, *JOHN*)"),
                new Label("ID"),
                BoundFields.text("remote-patient-id", "Patient ID", 8, vm.patientIdProperty()));
        form.addRow(
                1,
                new Label("From"),
                tip(
                        BoundFields.text("remote-from", "YYYY-MM-DD", 8, vm.fromProperty()),
                        "Studies from this date on (either date may be left empty)"),
                new Label("To"),
                BoundFields.text("remote-to", "YYYY-MM-DD", 8, vm.toProperty()));
        form.addRow(
                2,
                new Label("Modality"),
                BoundFields.text("remote-modality", "CT, MR, …", 8, vm.modalityProperty()),
                new Label("Accession"),
                tip(
                        BoundFields.text("remote-accession", "Accession no.", 8, vm.accessionProperty()),
                        "The study's accession number"));
        form.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.search();
            }
        });

        Button search = new Button("Search");
        search.setId("remote-search");
        search.setDefaultButton(false);
        search.setOnAction(e -> vm.search());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(6, moreFilters(form), spinner, spacer, search);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<RemoteStudy> studies = new TableView<>(vm.studies());
        studies.setId("remote-studies");
        studies.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        studies.getColumns().add(ColumnWidths.whole(column("Patient", 60, RemoteStudy::patientName)));
        // Headings, dates, modalities and counts whole (a date cut to "2020-0…" says nothing) and no wider; names and
        // descriptions share the rest, and each row's tooltip has them in full.
        studies.getColumns().add(ColumnWidths.fixed(column("Date", 96, RemoteStudy::date), "2026-12-31"));
        studies.getColumns()
                .add(ColumnWidths.fixed(column("Mod.", 60, s -> s.modalities().replace('\\', '/')), "PT/CT"));
        studies.getColumns()
                .add(ColumnWidths.fixed(
                        column("Images", 76, s -> s.instances() == 0 ? "" : Integer.toString(s.instances())), "99999"));
        // "Study" (its description): the heading every column keeps whole in a 1024-pixel window's narrow panel.
        studies.getColumns().add(ColumnWidths.whole(column("Study", 60, RemoteStudy::description)));
        studies.setPlaceholder(new Label("Search a source to list its studies"));
        studies.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> vm.choose(s));
        Scrolling.keepSelectionInView(studies); // choosing one shows its series below, and the list grows shorter
        studies.setRowFactory(t -> {
            TableRow<RemoteStudy> row = new TableRow<>();
            row.itemProperty()
                    .addListener((o, a, s) -> row.setTooltip(
                            s == null
                                    ? null
                                    : new javafx.scene.control.Tooltip(s.patientName() + " · " + s.patientId() + "\n"
                                            + s.description() + "\nAccession " + s.accession() + " · " + s.series()
                                            + " series")));
            return row;
        });

        ListView<RemoteSeries> series = new ListView<>(vm.seriesOfStudy());
        series.setId("remote-series");
        series.setPlaceholder(new Label("Choose a study to list its series"));
        series.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RemoteSeries s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.label());
            }
        });
        // Selecting a series prepares its open (the first click of a double-click asks for its metadata).
        series.getSelectionModel().selectedItemProperty().addListener((o, a, chosen) -> vm.select(chosen));
        series.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.open(series.getSelectionModel().getSelectedItem());
            }
        });
        series.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(series.getSelectionModel().getSelectedItem());
            }
        });

        Button keep = new Button("Keep offline");
        keep.setId("remote-keep");
        keep.setTooltip(
                new javafx.scene.control.Tooltip("Fetch the whole study into the offline library and never evict it"));
        keep.disableProperty()
                .bind(vm.chosenProperty().isNull().or(vm.keepProgressProperty().greaterThanOrEqualTo(0)));
        keep.setOnAction(e -> vm.keepOffline());
        javafx.scene.control.ProgressBar keepBar = new javafx.scene.control.ProgressBar();
        keepBar.setId("remote-keep-progress");
        keepBar.progressProperty().bind(vm.keepProgressProperty());
        Shown.when(keepBar, vm.keepProgressProperty().greaterThanOrEqualTo(0));
        keepBar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(keepBar, Priority.ALWAYS);
        Button stop = new Button("Stop");
        stop.setId("remote-keep-stop");
        Shown.when(stop, keepBar.visibleProperty());
        stop.setOnAction(e -> vm.cancelKeep());
        Shown.when(keep, vm.keepRefusalProperty().isNull());
        Label refusal = new Label();
        refusal.setId("remote-keep-refusal");
        // The reason in full, over as many lines as it takes: it is why the study cannot be kept.
        eu.eucaim.workstation.app.fx.Texts.wrapping(refusal);
        refusal.getStyleClass().add("text-muted");
        refusal.textProperty().bind(vm.keepRefusalProperty());
        Shown.when(refusal, vm.keepRefusalProperty().isNotNull());
        refusal.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(refusal, Priority.ALWAYS);
        HBox keeping = new HBox(6, keep, refusal, keepBar, stop);
        // Only with a study chosen: in a 700-pixel-high window the row is a row more of the study list.
        Shown.when(keeping, vm.chosenProperty().isNotNull());

        Label status = new Label();
        status.setId("remote-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        getChildren().addAll(source, form, actions, studies, series, keeping, status);
        // Small minimums so that the status line under them stays on screen in a 700-pixel-high window.
        studies.setPrefHeight(220);
        studies.setMinHeight(80);
        series.setPrefHeight(160);
        series.setMinHeight(70);
        VBox.setVgrow(studies, Priority.ALWAYS);
        VBox.setVgrow(series, Priority.SOMETIMES);
    }

    public RemoteSearchViewModel viewModel() {
        return vm;
    }

    private static TableColumn<RemoteStudy, String> column(
            String title, double width, Function<RemoteStudy, String> text) {
        TableColumn<RemoteStudy, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    /** A field whose prompt is short (a narrow panel cuts a long one) says more in its tooltip. */
    private static javafx.scene.control.TextField tip(javafx.scene.control.TextField field, String more) {
        field.setTooltip(new javafx.scene.control.Tooltip(more));
        return field;
    }

    /**
     * The dates, modality and accession rows shown only when asked for: hidden, they leave a 700-pixel-high window's
     * study list room for more than one row once a study is chosen. The toggle says how many of them are set, so a
     * hidden filter is never forgotten.
     */
    private javafx.scene.control.ToggleButton moreFilters(GridPane form) {
        javafx.scene.control.ToggleButton more = new javafx.scene.control.ToggleButton();
        more.setId("remote-more-filters");
        more.setTooltip(new javafx.scene.control.Tooltip("Search by study date, modality or accession number"));
        java.util.List<TextField> hidden = new java.util.ArrayList<>();
        for (javafx.scene.Node n : form.getChildren()) {
            if (GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) > 0) {
                Shown.when(n, more.selectedProperty());
                if (n instanceof TextField f) {
                    hidden.add(f);
                }
            }
        }
        javafx.beans.Observable[] changes = java.util.stream.Stream.concat(
                        hidden.stream().map(TextField::textProperty),
                        java.util.stream.Stream.of(more.selectedProperty()))
                .toArray(javafx.beans.Observable[]::new);
        more.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> {
                            long set = hidden.stream()
                                    .filter(f -> !f.getText().isBlank())
                                    .count();
                            return (more.isSelected() ? "Fewer filters" : "More filters")
                                    + (set == 0 ? "" : " (" + set + " set)");
                        },
                        changes));
        return more;
    }
}

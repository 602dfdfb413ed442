package eu.eucaim.workstation.app.catalogue;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.ContactPoint;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Scrolling;
import eu.eucaim.workstation.app.fx.StatusOverlay;
import eu.eucaim.workstation.app.samples.SampleImagesBar;
import eu.eucaim.workstation.app.samples.SampleImagesViewModel;
import eu.eucaim.workstation.app.selection.SelectionViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Every metadata field of the open dataset, with "Add to selection" and, for datasets that have them, "View sample
 * images". Empty state until a dataset is chosen.
 */
final class DatasetDetailView extends StatusOverlay {
    private final VBox page;
    private final SelectionViewModel selection;
    private final CatalogueViewModel vm;
    private final SampleImagesBar samplesBar;

    DatasetDetailView(CatalogueViewModel vm, SelectionViewModel selection, SampleImagesViewModel samples) {
        this(vm, selection, samples, new VBox(14));
    }

    private DatasetDetailView(
            CatalogueViewModel vm, SelectionViewModel selection, SampleImagesViewModel samples, VBox page) {
        super(Scrolling.page(page), vm.detailStatus(), vm::reopen);
        this.page = page;
        this.selection = selection;
        this.vm = vm;
        this.samplesBar = new SampleImagesBar(samples);
        samples.datasetProperty().bind(vm.detailProperty());
        setId("dataset-detail");
        page.setPadding(new Insets(16));
        vm.detailProperty().addListener((obs, old, d) -> show(d));
        show(vm.detailProperty().get());
    }

    private void show(Dataset d) {
        if (d == null) {
            Label empty = new Label(
                    "Choose a dataset in the results or the hierarchy to see all its metadata.",
                    Icons.of(Material2AL.INFO, 20));
            empty.setWrapText(true);
            empty.getStyleClass().add("text-muted");
            page.getChildren().setAll(empty);
            return;
        }
        Label title = new Label(d.title());
        title.setId("detail-title");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        Label publisher = new Label(DatasetText.publisher(d.publisher()));
        publisher.getStyleClass().add("text-muted");
        page.getChildren().setAll(title, publisher, Badges.of(d), addButton(d), samplesBar);
        if (d.observationalStudy()) {
            Label explain = new Label(DatasetText.OBSERVATIONAL);
            explain.setWrapText(true);
            explain.getStyleClass().addAll("observational-note");
            explain.setId("detail-observational");
            page.getChildren().add(explain);
        }
        Label description = new Label(DatasetText.text(d.description()));
        description.setWrapText(true);
        page.getChildren()
                .addAll(
                        description,
                        section("Access", access(d)),
                        section("Content", content(d)),
                        section("About", about(d)));
    }

    private Button addButton(Dataset d) {
        Button add = new Button();
        add.setId("add-to-selection");
        BooleanBinding inSelection = Bindings.createBooleanBinding(() -> selection.contains(d.id()), selection.items());
        // one button that says what it will do: add, or take out again
        add.textProperty()
                .bind(Bindings.when(inSelection).then("_Remove from selection").otherwise("_Add to selection"));
        add.graphicProperty()
                .bind(Bindings.when(inSelection)
                        .then((javafx.scene.Node) Icons.of(Material2AL.DELETE))
                        .otherwise((javafx.scene.Node) Icons.of(Material2AL.ADD_SHOPPING_CART)));
        add.getStyleClass().add("accent");
        add.setOnAction(e -> {
            if (selection.contains(d.id())) {
                selection.remove(d.id());
            } else {
                selection.add(d.id(), d.title(), vm.searchDescription());
            }
        });
        return add;
    }

    private GridPane access(Dataset d) {
        GridPane grid = grid();
        row(grid, "Access rights", DatasetText.enumName(d.accessRights()));
        VBox conditions = new VBox(6);
        conditions.setId("detail-access-conditions");
        if (d.observationalStudy()) {
            conditions.getChildren().add(new Label("None: this entry holds no data"));
        } else if (d.accessConditions() == null || d.accessConditions().isEmpty()) {
            conditions.getChildren().add(new Label(DatasetText.NOT_STATED));
        } else {
            for (AccessCondition c : d.accessConditions()) {
                Label explanation = new Label(c.explanationAmong(d.accessConditions()));
                explanation.setWrapText(true);
                conditions.getChildren().add(new VBox(2, Badges.access(c, d.accessConditions()), explanation));
            }
        }
        row(grid, "Access conditions", conditions);
        row(grid, "Licence", DatasetText.text(d.licence()));
        return grid;
    }

    private GridPane content(Dataset d) {
        GridPane grid = grid();
        row(grid, "Subjects", Formats.count(d.subjects())).setId("detail-subjects");
        row(grid, "Studies", Formats.count(d.studies())).setId("detail-studies");
        row(grid, "Birth sex", DatasetText.list(d.birthSex()));
        row(grid, "Age range", DatasetText.ageRange(d.minTypicalAge(), d.maxTypicalAge()));
        row(grid, "Conditions", DatasetText.conditions(d.conditions()));
        row(grid, "Modalities", DatasetText.list(d.modalities()));
        row(grid, "Manufacturers", DatasetText.list(d.manufacturers()));
        row(grid, "Body parts", DatasetText.list(d.bodyParts()));
        row(grid, "Annotation labels", DatasetText.list(d.annotationLabels()));
        row(grid, "Segmentations", Formats.count(d.segmentations()));
        row(grid, "Temporal coverage", DatasetText.temporal(d.temporalCoverage()));
        return grid;
    }

    private GridPane about(Dataset d) {
        GridPane grid = grid();
        row(grid, "Identifier", d.id());
        row(grid, "Version", DatasetText.text(d.version()));
        row(grid, "Type", DatasetText.text(d.type()));
        row(grid, "Publisher", DatasetText.publisher(d.publisher()));
        ContactPoint c = d.contactPoint();
        row(
                grid,
                "Contact point",
                c == null ? DatasetText.NOT_STATED : c.name() + (c.email() == null ? "" : " <" + c.email() + ">"));
        row(grid, "Keywords", DatasetText.list(d.keywords()));
        row(grid, "Provenance", DatasetText.text(d.provenance()));
        return grid;
    }

    private static VBox section(String title, Node body) {
        Label heading = new Label(title, Icons.of(title.equals("Access") ? Material2MZ.VPN_KEY : Material2AL.INFO, 16));
        heading.getStyleClass().add("title-4");
        return new VBox(6, heading, body);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints key = new ColumnConstraints(150);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(key, value);
        grid.getStyleClass().add("metadata");
        return grid;
    }

    private static Label row(GridPane grid, String key, String value) {
        Label v = new Label(value);
        v.setWrapText(true);
        row(grid, key, v);
        return v;
    }

    private static void row(GridPane grid, String key, Node value) {
        Label k = new Label(key);
        k.getStyleClass().add("metadata-key");
        int r = grid.getRowCount();
        grid.add(k, 0, r);
        grid.add(value, 1, r);
        GridPane.setValignment(k, VPos.TOP);
        GridPane.setHalignment(k, javafx.geometry.HPos.LEFT);
        GridPane.setFillWidth(value, true);
        if (value instanceof Label l) {
            l.setAlignment(Pos.TOP_LEFT);
        }
    }
}

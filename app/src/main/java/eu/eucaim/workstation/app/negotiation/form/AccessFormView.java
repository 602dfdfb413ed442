package eu.eucaim.workstation.app.negotiation.form;

import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Shown;
import eu.eucaim.workstation.app.fx.Texts;
import eu.eucaim.workstation.app.tab.Dialogs;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The access form wizard: the steps, the page, the problems Submit found, and Back, Save, Next, Submit. */
public final class AccessFormView extends BorderPane {
    /** Submit's problems listed by name under the page; the rest are counted (the Overview marks every one). */
    static final int SHOWN_PROBLEMS = 5;

    private final AccessFormViewModel vm;
    private final Dialogs dialogs;
    private final FlowPane steps = new FlowPane(6, 6);
    private final VBox page = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(page);
    private final VBox problems = new VBox(2);
    private final Map<FormField, Node> editors = new HashMap<>();

    public AccessFormView(AccessFormViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        setId("access-form");
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.negotiationProperty().get() == null
                                ? "Access request"
                                : "Access request "
                                        + vm.negotiationProperty().get().displayId() + " — application form",
                        vm.negotiationProperty()));
        steps.setId("wizard-steps");
        VBox top = new VBox(8, title, steps);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);

        page.setPadding(new Insets(8, 16, 16, 16));
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setBottom(bottom());

        vm.pages().addListener((ListChangeListener<AccessFormViewModel.Page>) c -> render());
        vm.pageProperty().addListener((o, a, b) -> render());
        vm.problems().addListener((ListChangeListener<AccessFormViewModel.Problem>) c -> renderProblems());
        vm.focusProperty().addListener((o, a, field) -> focus(field));
        render();
    }

    private Node bottom() {
        Label error = new Label();
        error.setId("wizard-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Shown.when(error, vm.errorProperty().isNotNull());
        problems.setId("wizard-problems");
        Label status = new Label();
        status.setId("wizard-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(vm.statusProperty());
        Button back = new Button("Back", Icons.of(Material2AL.ARROW_BACK));
        back.setId("wizard-back");
        back.disableProperty().bind(vm.pageProperty().isEqualTo(0));
        back.setOnAction(e -> vm.back());
        Button save = new Button("Save", Icons.of(Material2MZ.SAVE));
        save.setId("wizard-save");
        save.setOnAction(e -> vm.save());
        Button next = new Button("Next", Icons.of(Material2AL.ARROW_FORWARD));
        next.setId("wizard-next");
        next.disableProperty()
                .bind(vm.pageProperty()
                        .greaterThanOrEqualTo(Bindings.size(vm.pages()).subtract(1)));
        next.setOnAction(e -> vm.next());
        Button submit = new Button("Submit", Icons.of(Material2MZ.SEND));
        submit.setId("wizard-submit");
        submit.getStyleClass().add("accent");
        submit.disableProperty().bind(vm.busyProperty().or(vm.loadedProperty().not()));
        submit.setOnAction(e -> vm.submit());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, spacer, back, save, next, submit);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, error, problems, buttons);
        box.setPadding(new Insets(8, 16, 12, 16));
        box.getStyleClass().add("wizard-bar");
        return box;
    }

    private void render() {
        steps.getChildren().clear();
        for (int i = 0; i < vm.pages().size(); i++) {
            int index = i;
            Hyperlink step = new Hyperlink((i + 1) + ". " + vm.pages().get(i).title());
            step.setId("wizard-step-" + i);
            step.getStyleClass().add("wizard-step");
            if (i == vm.pageProperty().get()) {
                step.getStyleClass().add("current");
                step.setStyle("-fx-font-weight: bold;");
            }
            step.setOnAction(e -> vm.goTo(index));
            steps.getChildren().add(step);
        }
        editors.clear();
        page.getChildren().clear();
        if (vm.pages().isEmpty()) {
            return;
        }
        AccessFormViewModel.Page p = vm.pages().get(vm.pageProperty().get());
        switch (p.kind()) {
            case SUMMARY -> summary();
            case SECTION -> section(p);
            case OVERVIEW -> overview();
        }
        scroll.setVvalue(0);
    }

    private void summary() {
        Label heading = Texts.heading("Request summary");
        String found = vm.negotiationProperty().get() == null
                ? null
                : vm.negotiationProperty().get().humanReadable();
        Label how =
                new Label(found == null || found.isBlank() ? "How the datasets were found was not recorded." : found);
        how.setId("wizard-search-parameters");
        how.setWrapText(true);
        VBox datasets = new VBox(4);
        datasets.setId("wizard-datasets");
        for (NegotiationResource r : vm.datasets()) {
            Label d = new Label(r.name()
                    + (r.organization() == null ? "" : " — " + r.organization().name()));
            d.setWrapText(true);
            datasets.getChildren().add(d);
        }
        page.getChildren()
                .addAll(
                        heading,
                        Texts.muted("How the datasets were found"),
                        how,
                        Texts.muted(
                                vm.datasets().size() == 1
                                        ? "1 dataset"
                                        : vm.datasets().size() + " datasets"),
                        datasets,
                        Texts.muted(
                                "Next: the application form, page by page. What you type is kept on this computer at"
                                        + " once and on the node at every page change."));
    }

    private void section(AccessFormViewModel.Page p) {
        page.getChildren().add(Texts.heading(p.title()));
        if (!p.fields().isEmpty() && p.fields().get(0).section().description() != null) {
            page.getChildren().add(Texts.muted(p.fields().get(0).section().description()));
        }
        for (FormField f : p.fields()) {
            Label label = new Label(f.label() + (f.required() ? " *" : ""));
            label.getStyleClass().add("field-label");
            label.setStyle("-fx-font-weight: bold;");
            label.setWrapText(true);
            Node editor = FieldEditors.editor(f, vm, dialogs);
            editors.put(f, editor);
            label.setLabelFor(editor);
            VBox box = new VBox(4, label);
            if (f.element().description() != null && !f.element().description().isBlank()) {
                box.getChildren().add(Texts.muted(f.element().description()));
            }
            box.getChildren().add(editor);
            if (f.maxWords().isPresent()) {
                Label count = new Label();
                count.setId("words-" + FieldEditors.id(f).substring("field-".length()));
                count.getStyleClass().add("word-count");
                count.textProperty().bind(Bindings.createStringBinding(f::wordCountText, f.wordsProperty()));
                f.wordsProperty()
                        .addListener(
                                (o, a, b) -> count.setStyle(f.overLimit() ? "-fx-text-fill: -color-danger-fg;" : null));
                box.getChildren().add(count);
            }
            page.getChildren().add(box);
        }
    }

    private void overview() {
        page.getChildren().add(Texts.heading("Overview — what will be sent"));
        for (int i = 0; i < vm.pages().size(); i++) {
            AccessFormViewModel.Page p = vm.pages().get(i);
            if (p.kind() != AccessFormViewModel.PageKind.SECTION) {
                continue;
            }
            int index = i;
            Hyperlink edit = new Hyperlink("Edit");
            edit.setOnAction(e -> vm.goTo(index));
            Label sectionTitle = new Label(p.title());
            sectionTitle.getStyleClass().add("title-4");
            HBox head = new HBox(8, sectionTitle, edit);
            head.setAlignment(Pos.BASELINE_LEFT);
            GridPane grid = new GridPane();
            grid.setHgap(16);
            grid.setVgap(4);
            int row = 0;
            for (FormField f : p.fields()) {
                if ("INFORMATION".equals(f.type())) {
                    continue;
                }
                Label name = new Label(f.label());
                name.getStyleClass().add("text-muted");
                name.setMinWidth(220);
                name.setMaxWidth(260);
                name.setWrapText(true);
                Label value = new Label(f.display());
                value.setId("overview-" + FieldEditors.id(f).substring("field-".length()));
                value.setWrapText(true);
                value.setMaxWidth(620);
                if (f.problem() != null) {
                    value.setText(f.display() + "  ⚠ " + f.problem());
                    value.getStyleClass().add("danger");
                }
                grid.addRow(row++, name, value);
            }
            page.getChildren().add(new VBox(6, head, grid));
        }
    }

    private void renderProblems() {
        problems.getChildren().clear();
        int i = 0;
        for (AccessFormViewModel.Problem p : vm.problems()) {
            if (i == SHOWN_PROBLEMS) {
                Label more = new Label("… and " + (vm.problems().size() - SHOWN_PROBLEMS) + " more (see the Overview)");
                more.getStyleClass().add("text-muted");
                problems.getChildren().add(more);
                break;
            }
            Hyperlink link = new Hyperlink(p.text());
            link.setId("wizard-problem-" + i++);
            link.getStyleClass().add("danger");
            link.setOnAction(e -> vm.show(p));
            problems.getChildren().add(link);
        }
    }

    private void focus(FormField field) {
        Node editor = field == null ? null : editors.get(field);
        if (editor == null) {
            return;
        }
        Node target = focusable(editor);
        (target == null ? editor : target).requestFocus();
        javafx.application.Platform.runLater(() -> {
            double contentHeight = page.getBoundsInLocal().getHeight()
                    - scroll.getViewportBounds().getHeight();
            double y = editor.getParent().getBoundsInParent().getMinY();
            scroll.setVvalue(contentHeight <= 0 ? 0 : Math.min(1, y / contentHeight));
        });
    }

    /** The first control a user can type or click in, e.g. the first radio button of a Yes/No answer. */
    private static Node focusable(Node node) {
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = focusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

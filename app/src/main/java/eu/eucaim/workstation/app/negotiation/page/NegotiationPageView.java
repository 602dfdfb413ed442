package eu.eucaim.workstation.app.negotiation.page;

import eu.eucaim.workstation.api.negotiation.Attachment;
import eu.eucaim.workstation.api.platform.SafePaths;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Scrolling;
import eu.eucaim.workstation.app.fx.Shown;
import eu.eucaim.workstation.app.fx.Texts;
import eu.eucaim.workstation.app.negotiation.form.Documents;
import eu.eucaim.workstation.app.negotiation.words.NegotiatorDates;
import eu.eucaim.workstation.app.tab.Dialogs;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A negotiation's page: the header with its events, the datasets, the application and files, and the feed. */
public final class NegotiationPageView extends BorderPane {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final NegotiationPageViewModel vm;
    private final Dialogs dialogs;
    private final FlowPane actions = new FlowPane(6, 6);
    private final VBox application = new VBox(8);
    private final VBox files = new VBox(4);
    private Runnable onExport = () -> {};

    public NegotiationPageView(NegotiationPageViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        setId("negotiation-page");
        setTop(header());
        SplitPane split = new SplitPane(details(), feed());
        split.setDividerPositions(0.58);
        setCenter(split);
        vm.actions().addListener((ListChangeListener<Action>) c -> renderActions());
        vm.sections().addListener((ListChangeListener<PayloadSection>) c -> renderApplication());
        vm.attachments().addListener((ListChangeListener<Attachment>) c -> renderFiles());
    }

    /** What "Export PDF" does (the tab writes the file in the background). */
    public void setOnExport(Runnable onExport) {
        this.onExport = onExport;
    }

    private Node header() {
        Label title = new Label();
        title.setId("negotiation-title");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        Label status = new Label();
        status.setId("negotiation-status");
        status.getStyleClass().addAll("status-badge");
        status.setStyle("-fx-padding: 2 8; -fx-background-color: -color-accent-subtle; -fx-background-radius: 8;");
        status.textProperty().bind(vm.statusProperty());
        Label meta = new Label();
        meta.getStyleClass().add("text-muted");
        meta.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            var n = vm.negotiationProperty().get();
                            return n == null
                                    ? ""
                                    : "Request " + n.displayId() + " · by "
                                            + (n.author() == null
                                                    ? "—"
                                                    : n.author().name()) + " · created "
                                            + WHEN.format(NegotiatorDates.instant(n.creationDate()));
                        },
                        vm.negotiationProperty()));
        Button export = new Button("Export PDF", Icons.of(Material2AL.CLOUD_DOWNLOAD));
        export.setId("negotiation-export");
        export.setOnAction(e -> onExport.run());
        Button refresh = new Button(null, Icons.of(Material2MZ.REFRESH));
        refresh.setAccessibleText("Refresh");
        refresh.setOnAction(e -> vm.reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(10, title, status, spacer, export, refresh);
        line.setAlignment(Pos.CENTER_LEFT);
        actions.setId("negotiation-actions");
        Label error = message("negotiation-error", "danger");
        error.textProperty().bind(vm.errorProperty());
        Label notice = message("negotiation-notice", "success");
        notice.textProperty().bind(vm.noticeProperty());
        VBox top = new VBox(6, line, meta, actions, error, notice);
        top.setPadding(new Insets(12, 16, 8, 16));
        return top;
    }

    private static Label message(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        Shown.when(l, l.textProperty().isNotEmpty());
        return l;
    }

    private void renderActions() {
        actions.getChildren().clear();
        for (Action a : vm.actions()) {
            Button b = new Button(a.label());
            b.setId("negotiation-action-" + a.event());
            if (a.description() != null) {
                b.setTooltip(new javafx.scene.control.Tooltip(a.description()));
            }
            b.disableProperty().bind(vm.busyProperty());
            b.setOnAction(e -> dialogs.confirmWithComment(
                            a.label(),
                            a.label() + ": " + (a.description() == null ? "fire this event" : a.description()) + "?",
                            a.label(),
                            a.commentPrompt())
                    .ifPresent(comment -> vm.fire(a, comment)));
            actions.getChildren().add(b);
        }
    }

    private Node details() {
        ListView<ResourceRow> datasets = new ListView<>(vm.resources());
        datasets.setId("negotiation-datasets");
        datasets.setCellFactory(v -> new ResourceCell());
        datasets.setPrefHeight(220);
        datasets.setMinHeight(120);
        Label found = new Label();
        found.setId("negotiation-search-parameters");
        found.setWrapText(true);
        found.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.negotiationProperty().get() == null
                                        || vm.negotiationProperty().get().humanReadable() == null
                                ? "—"
                                : vm.negotiationProperty().get().humanReadable(),
                        vm.negotiationProperty()));
        application.setId("negotiation-application");
        files.setId("negotiation-attachments");
        VBox box = new VBox(
                10,
                Texts.heading("Datasets"),
                datasets,
                Texts.heading("How the datasets were found"),
                found,
                Texts.heading("Application"),
                application,
                Texts.heading("Attachments"),
                files);
        box.setPadding(new Insets(8, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void renderApplication() {
        application.getChildren().clear();
        for (PayloadSection s : vm.sections()) {
            TitledPane pane = new TitledPane();
            pane.setText(s.title());
            pane.setAnimated(false);
            // A section's answers are laid out when it is first opened: the page shows sooner (docs/benchmarks.md).
            pane.expandedProperty().addListener((o, was, open) -> {
                if (open && pane.getContent() == null) {
                    pane.setContent(answers(s));
                }
            });
            pane.setExpanded(false);
            if (application.getChildren().isEmpty()) {
                pane.setExpanded(true);
            }
            application.getChildren().add(pane);
        }
    }

    private static GridPane answers(PayloadSection s) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        for (PayloadSection.Answer a : s.answers()) {
            Label name = new Label(a.label());
            name.getStyleClass().add("text-muted");
            name.setMinWidth(180);
            name.setMaxWidth(220);
            name.setWrapText(true);
            Label value = new Label(a.value());
            value.setWrapText(true);
            grid.addRow(row++, name, value);
        }
        return grid;
    }

    private void renderFiles() {
        files.getChildren().clear();
        if (vm.attachments().isEmpty()) {
            files.getChildren().add(Texts.muted("No attachments."));
        }
        for (Attachment a : vm.attachments()) {
            Label name = new Label(a.name() + " · " + a.contentType() + " · " + Formats.bytes(a.size()));
            Button save = new Button("Save…", Icons.of(Material2MZ.SAVE_ALT));
            save.getStyleClass().add("flat");
            save.setOnAction(
                    e -> dialogs.chooseFileToSave("Save " + a.name(), SafePaths.fileName(a.name()), Documents.ANY)
                            .ifPresent(target -> vm.download(a, target)));
            HBox row = new HBox(8, name, save);
            row.setAlignment(Pos.CENTER_LEFT);
            files.getChildren().add(row);
        }
    }

    private Node feed() {
        ListView<FeedEntry> list = new ListView<>(vm.feed());
        list.setId("negotiation-feed");
        list.setCellFactory(v -> new FeedCell());
        list.setPlaceholder(new Label("Nothing yet."));
        vm.feed().addListener((ListChangeListener<FeedEntry>)
                c -> list.scrollTo(vm.feed().size() - 1));
        TextArea text = new TextArea();
        text.setId("message-text");
        text.setPromptText("Write a message…");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.textProperty().bindBidirectional(vm.messageProperty());
        ComboBox<PostTarget> target = new ComboBox<>(vm.postTargets());
        target.setId("message-target");
        target.setMaxWidth(Double.MAX_VALUE);
        vm.postTargets().addListener((ListChangeListener<PostTarget>) c -> {
            if (!vm.postTargets().contains(target.getValue())) {
                target.setValue(
                        vm.postTargets().isEmpty() ? null : vm.postTargets().get(0));
            }
        });
        Label closed = new Label("Messages open once the request is submitted (private ones once it is approved).");
        closed.getStyleClass().add("text-muted");
        closed.setWrapText(true);
        Shown.when(closed, Bindings.isEmpty(vm.postTargets()));
        Button attach = new Button(null, Icons.of(Material2AL.ATTACH_FILE));
        attach.setTooltip(new javafx.scene.control.Tooltip("Send with a file…"));
        attach.setAccessibleText("Send with a file");
        attach.setId("message-send-file");
        attach.disableProperty().bind(target.valueProperty().isNull().or(vm.busyProperty()));
        attach.setOnAction(e -> dialogs.chooseFileToOpen("Attach a file", Documents.DOCUMENTS)
                .ifPresent(file -> vm.send(target.getValue(), file)));
        Button send = new Button("Send", Icons.of(Material2MZ.SEND));
        send.setId("message-send");
        send.getStyleClass().add("accent");
        send.setMinWidth(Region.USE_PREF_SIZE);
        send.disableProperty().bind(target.valueProperty().isNull().or(vm.busyProperty()));
        send.setOnAction(e -> vm.send(target.getValue(), null));
        HBox buttons = new HBox(8, target, attach, send);
        HBox.setHgrow(target, Priority.ALWAYS);
        VBox composer = new VBox(6, closed, text, buttons);
        VBox box = new VBox(8, Texts.heading("Messages and history"), list, composer);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(8, 16, 16, 12));
        return box;
    }

    /** A dataset: name, organisation, state, and the buttons for the events the user may fire on it. */
    private final class ResourceCell extends ListCell<ResourceRow> {
        @Override
        protected void updateItem(ResourceRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label name = Texts.wrapping(new Label(row.resource().name()));
            name.setStyle("-fx-font-weight: bold;");
            Label org = new Label(row.organisation()); // one wrapping label per cell: see FeedCell
            org.getStyleClass().add("text-muted");
            Label state = new Label(row.state());
            state.getStyleClass().add("resource-state");
            FlowPane buttons = new FlowPane(4, 4);
            for (Action a : row.actions()) {
                Button b = new Button(a.label());
                b.setId("resource-action-" + a.event() + "-" + getIndex());
                b.getStyleClass().add("small");
                b.disableProperty().bind(vm.busyProperty());
                b.setOnAction(e -> act(row, a));
                buttons.getChildren().add(b);
            }
            HBox top = new HBox(8, name, state);
            name.setMinWidth(0);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            state.setMinWidth(Region.USE_PREF_SIZE);
            VBox box = new VBox(2, top, org);
            if (!row.actions().isEmpty()) {
                box.getChildren().add(buttons);
            }
            Scrolling.fitToCell(this, box);
            setGraphic(box);
        }

        private void act(ResourceRow row, Action a) {
            Optional<String> comment = dialogs.confirmWithComment(
                    a.label(), a.label() + " for " + row.resource().name() + "?", a.label(), a.commentPrompt());
            if (comment.isEmpty()) {
                return;
            }
            Path file = a.takesDocument()
                            && dialogs.confirm(
                                    "Access conditions document",
                                    "Attach a document with the access conditions (e.g. a data transfer agreement)?",
                                    "Choose a document…")
                    ? dialogs.chooseFileToOpen("Attach the access conditions", Documents.DOCUMENTS)
                            .orElse(null)
                    : null;
            vm.fireOnResource(row, a, comment.get(), file);
        }
    }

    /** A message (who, to whom, text) or a step of the history (who, what), with its time. */
    private static final class FeedCell extends ListCell<FeedEntry> {
        @Override
        protected void updateItem(FeedEntry e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            // One line, cut short in a narrow window: with a second wrapping label the list measured the cell a line
            // short and the next entry was drawn over it.
            Label head = new Label(WHEN.format(e.at()) + " · " + (e.who() == null ? "—" : e.who())
                    + (e.audience() == null ? "" : " · " + e.audience()));
            head.getStyleClass().add("text-muted");
            Label text = Texts.wrapping(new Label(e.text()));

            if (!e.message()) {
                text.setStyle("-fx-font-style: italic;");
            }
            VBox box = new VBox(2, head, text);
            Scrolling.fitToCell(this, box);
            setGraphic(box);
        }
    }
}

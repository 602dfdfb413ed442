package eu.eucaim.workstation.app.settings;

import eu.eucaim.workstation.app.fx.Shown;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Settings window's "Image sources (DICOMweb)" part, bound to an {@link ImageSourcesForm}. */
final class ImageSourcesPart {
    private ImageSourcesPart() {}

    static TitledPane of(ImageSourcesForm form) {
        ListView<ImageSourceEntry> list = new ListView<>(form.entries());
        list.setId("settings-image-sources");
        list.setPrefHeight(90);
        list.setPlaceholder(new Label("Only the node in use"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ImageSourceEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(
                        empty || e == null
                                ? null
                                : e.name() + " — " + e.url() + (e.user().isBlank() ? "" : " (as " + e.user() + ")"));
            }
        });
        Button remove = new Button("Remove");
        remove.setId("settings-image-source-remove");
        remove.disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> form.remove(list.getSelectionModel().getSelectedItem()));

        TextField name = field("settings-image-source-name", "Hospital PACS", form);
        name.textProperty().bindBidirectional(form.nameProperty());
        TextField url = field("settings-image-source-url", "http://127.0.0.1:8042/dicom-web", form);
        url.textProperty().bindBidirectional(form.urlProperty());
        TextField user = field("settings-image-source-user", "blank: no sign-in", form);
        user.textProperty().bindBidirectional(form.userProperty());
        PasswordField password = new PasswordField();
        password.setId("settings-image-source-password");
        password.textProperty().bindBidirectional(form.passwordProperty());
        Button add = new Button("Add");
        add.setId("settings-image-source-add");
        add.setOnAction(e -> form.add());

        GridPane grid = FormGrids.labelsAndFields();
        grid.addRow(0, new Label("Name:"), name);
        grid.addRow(1, new Label("DICOMweb URL:"), url);
        grid.addRow(2, new Label("User name:"), user);
        grid.addRow(3, new Label("Password:"), password);

        Label problem = new Label();
        problem.setId("settings-image-source-problem");
        problem.getStyleClass().add("danger-text");
        problem.setWrapText(true);
        problem.textProperty().bind(form.problemProperty());
        Shown.when(problem, form.problemProperty().isNotNull());
        Label hint = new Label("The Viewer's Remote panel searches these besides the node in use. Passwords are kept in"
                + " the operating system's keyring; plain http is allowed for this machine only.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        TitledPane pane = new TitledPane(
                "Image sources (DICOMweb)",
                new VBox(8, list, new HBox(8, spacer, remove), grid, new HBox(8, add), problem, hint));
        pane.setId("settings-image-sources-part");
        pane.setExpanded(!form.entries().isEmpty());
        return pane;
    }

    private static TextField field(String id, String prompt, ImageSourcesForm form) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setOnAction(e -> form.add());
        return f;
    }
}

package eu.eucaim.workstation.app.settings;

import eu.eucaim.workstation.app.fx.Shown;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Settings window's "E-mail notifications (SMTP)" part, bound to a {@link MailForm}: folded away while e-mail is
 * off, so that the window stays short for everyone who does not use it.
 */
final class MailSettingsPart {
    private MailSettingsPart() {}

    static TitledPane of(MailForm form, StringBinding problem) {
        CheckBox enabled = new CheckBox("Send the Negotiator's notifications by e-mail (embedded node)");
        enabled.setId("settings-mail-enabled");
        enabled.setWrapText(true);
        enabled.selectedProperty().bindBidirectional(form.enabledProperty());

        TextField host = field("settings-mail-host", "smtp.example.org");
        host.textProperty().bindBidirectional(form.hostProperty());
        TextField port = field("settings-mail-port", "587");
        port.setPrefColumnCount(6);
        port.textProperty().bindBidirectional(form.portProperty());
        ComboBox<MailSecurity> security = new ComboBox<>();
        security.setId("settings-mail-security");
        security.getItems().setAll(MailSecurity.values());
        security.setConverter(new StringConverter<>() {
            @Override
            public String toString(MailSecurity s) {
                return s == null ? "" : s.label;
            }

            @Override
            public MailSecurity fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        security.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(MailSecurity s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? "" : s.label);
            }
        });
        security.valueProperty().bindBidirectional(form.securityProperty());
        security.setMaxWidth(Double.MAX_VALUE);
        TextField user = field("settings-mail-user", "blank: no sign-in");
        user.textProperty().bindBidirectional(form.usernameProperty());
        PasswordField password = new PasswordField();
        password.setId("settings-mail-password");
        password.setPromptText("unchanged when left empty");
        password.textProperty().bindBidirectional(form.passwordProperty());
        TextField from = field("settings-mail-from", "negotiator@node.example.org");
        from.textProperty().bindBidirectional(form.fromProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // "Sender address:" in full, the fields take what is left
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label("Server:"), host);
        grid.addRow(1, new Label("Port:"), port);
        grid.addRow(2, new Label("Security:"), security);
        grid.addRow(3, new Label("User name:"), user);
        grid.addRow(4, new Label("Password:"), password);
        grid.addRow(5, new Label("Sender address:"), from);
        grid.disableProperty().bind(form.enabledProperty().not());

        Label keyring = new Label("The password is kept in the operating system's keyring, not in the settings file."
                + " The server's TLS certificate is always checked.");
        keyring.setWrapText(true);
        keyring.getStyleClass().add("text-muted");
        Label problemLabel = new Label();
        problemLabel.setId("settings-mail-problem");
        problemLabel.getStyleClass().add("danger-text");
        problemLabel.setWrapText(true);
        problemLabel.textProperty().bind(problem);
        Shown.when(problemLabel, problem.isNotNull());

        TitledPane pane =
                new TitledPane("E-mail notifications (SMTP)", new VBox(8, enabled, grid, keyring, problemLabel));
        pane.setId("settings-mail");
        pane.setExpanded(form.enabledProperty().get());
        return pane;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }
}

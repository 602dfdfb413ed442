package eu.eucaim.workstation.app.settings;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Settings window's "EUCAIM platform" addresses and explorer sign-in, bound to a {@link PlatformForm}. */
final class PlatformPart {
    private PlatformPart() {}

    static VBox of(PlatformForm form) {
        GridPane grid = FormGrids.labelsAndFields();
        grid.setId("settings-platform-addresses");
        row(grid, 0, "Catalogue (EMX2):", "settings-platform-catalogue", form.catalogueProperty());
        row(grid, 1, "Catalogue schema:", "settings-platform-schema", form.schemaProperty());
        row(grid, 2, "Explorer (Spot):", "settings-platform-explorer", form.explorerProperty());
        row(grid, 3, "Explorer sites:", "settings-platform-sites", form.sitesProperty());
        row(grid, 4, "Negotiator:", "settings-platform-negotiator", form.negotiatorProperty());
        row(grid, 5, "Helpdesk:", "settings-platform-helpdesk", form.helpdeskProperty());
        row(grid, 6, "LS-AAI (sign-in):", "settings-platform-issuer", form.issuerProperty());

        Button reset = new Button("Reset to the platform's addresses");
        reset.setId("settings-platform-reset");
        reset.setOnAction(e -> form.reset());
        Button signIn = new Button("Sign in to the explorer…");
        signIn.setId("settings-platform-explorer-sign-in");
        signIn.disableProperty().bind(form.signingInProperty());
        signIn.setOnAction(e -> form.signInToExplorer());
        Label status = new Label();
        status.setId("settings-platform-explorer-status");
        status.setWrapText(true);
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(form.explorerStatusProperty());
        Label hint = new Label("The explorer takes a web sign-in of its own (LS-AAI in its page), kept in memory until"
                + " the app closes. Addresses must use https://; plain http only for this computer.");
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox part = new VBox(8, grid, new HBox(8, reset, signIn), status, hint);
        part.setId("settings-platform");
        return part;
    }

    private static void row(GridPane grid, int row, String label, String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        grid.addRow(row, new Label(label), field);
    }
}

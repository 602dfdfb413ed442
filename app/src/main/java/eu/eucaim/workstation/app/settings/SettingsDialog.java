package eu.eucaim.workstation.app.settings;

import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Shown;
import java.util.List;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Settings window; all state is in {@link SettingsViewModel}. OK stays disabled while the form is invalid. */
public final class SettingsDialog extends Dialog<Settings> {

    public SettingsDialog(Window owner, SettingsViewModel vm) {
        initOwner(owner);
        setTitle("Settings");
        setHeaderText("Settings");
        setGraphic(Icons.of(Material2MZ.SETTINGS, 28));

        ToggleGroup group = new ToggleGroup();
        RadioButton embedded = new RadioButton("_Embedded node on this computer (works offline)");
        embedded.setId("settings-embedded");
        embedded.setUserData(NodeMode.EMBEDDED);
        RadioButton platform = new RadioButton("The EUCAIM _platform");
        platform.setId("settings-platform-choice");
        platform.setUserData(NodeMode.PLATFORM);
        RadioButton remote = new RadioButton("Another _node at this URL:");
        remote.setId("settings-remote");
        remote.setUserData(NodeMode.REMOTE);
        for (RadioButton r : List.of(embedded, platform, remote)) {
            r.setToggleGroup(group);
            r.setSelected(r.getUserData() == vm.modeProperty().get());
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.modeProperty().set((NodeMode) now.getUserData());
            }
        });
        VBox platformPart = PlatformPart.of(vm.platform());
        platformPart
                .getChildren()
                .add(1, problemLabel("settings-platform-problem", vm.platform().problemProperty()));
        Shown.when(platformPart, platform.selectedProperty());

        TextField url = new TextField();
        url.setId("settings-url");
        url.setPromptText("http://node.example.org:8080");
        url.textProperty().bindBidirectional(vm.nodeUrlProperty());
        url.disableProperty().bind(remote.selectedProperty().not());
        Label nodeProblem = problemLabel("settings-node-problem", vm.nodeProblemProperty());
        // The platform's problems are said inside its part; this one is the node URL's.
        nodeProblem.visibleProperty().unbind();
        nodeProblem.visibleProperty().bind(vm.nodeProblemProperty().isNotNull().and(remote.selectedProperty()));

        CheckBox dark = new CheckBox("_Dark theme");
        dark.setId("settings-dark");
        dark.selectedProperty().bindBidirectional(vm.darkProperty());

        TextField issuer = new TextField();
        issuer.setId("settings-issuer");
        issuer.setPromptText("blank: the connection's own (a node itself; LS-AAI for the platform)");
        issuer.textProperty().bindBidirectional(vm.signInIssuerProperty());
        TextField clientId = new TextField();
        clientId.setId("settings-client-id");
        clientId.textProperty().bindBidirectional(vm.signInClientIdProperty());
        Label signInTitle = new Label("Sign-in");
        signInTitle.getStyleClass().add("title-4");
        Label queryTitle = new Label("Federated Query providers");
        queryTitle.getStyleClass().add("title-4");
        CheckBox queryEmbedded = new CheckBox("Ask the connection's _own providers (demo nodes, node or platform)");
        queryEmbedded.setId("settings-query-embedded");
        queryEmbedded.selectedProperty().bindBidirectional(vm.queryEmbeddedProperty());
        Label providersHint = new Label("Other providers, one federated-search URL per line:");
        TextArea providers = new TextArea();
        providers.setId("settings-query-providers");
        providers.setPromptText("https://node.example.org/api/federated-search");
        providers.setPrefRowCount(3);
        providers.textProperty().bindBidirectional(vm.queryProvidersProperty());

        Label nodeTitle = new Label("Node");
        nodeTitle.getStyleClass().add("title-4");
        Label lookTitle = new Label("Appearance");
        lookTitle.getStyleClass().add("title-4");
        VBox form = new VBox(
                10,
                nodeTitle,
                embedded,
                platform,
                platformPart,
                remote,
                url,
                nodeProblem,
                signInTitle,
                new Label("Provider (issuer URL):"),
                issuer,
                new Label("Client id:"),
                clientId,
                problemLabel("settings-sign-in-problem", vm.signInProblemProperty()),
                queryTitle,
                queryEmbedded,
                providersHint,
                providers,
                problemLabel("settings-query-problem", vm.queryProblemProperty()),
                MailSettingsPart.of(vm.mail(), vm.mail().problemProperty()),
                ImageSourcesPart.of(vm.imageSources()),
                lookTitle,
                dark);
        form.setPrefWidth(520);
        // Long choices take two lines rather than "…" (issue 13 item 4).
        for (javafx.scene.control.Labeled l : List.of(embedded, platform, remote, queryEmbedded, providersHint)) {
            l.setWrapText(true);
        }
        form.getStyleClass().add("settings-form");
        getDialogPane().setContent(scrolled(form));
        setResizable(true);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(vm.validProperty().not());
        setResultConverter(button -> button == ButtonType.OK ? vm.result() : null);
    }

    /**
     * The form in a scroll pane as tall as the form but no taller than the screen allows: with the e-mail part open it
     * is taller than a small laptop screen, and a dialog does not grow with its content once shown.
     */
    private ScrollPane scrolled(VBox form) {
        ScrollPane scroll = new ScrollPane(form);
        scroll.setId("settings-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        double room = Screen.getPrimary().getVisualBounds().getHeight() - 220;
        setOnShowing(e -> {
            getDialogPane().applyCss();
            scroll.setPrefViewportHeight(Math.max(200, Math.min(room, form.prefHeight(form.getPrefWidth()))));
        });
        return scroll;
    }

    /** A field's problem, right under it; takes no room while there is none. */
    private static Label problemLabel(String id, StringBinding problem) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("danger-text");
        label.setWrapText(true);
        label.textProperty().bind(problem);
        Shown.when(label, problem.isNotNull());
        return label;
    }
}

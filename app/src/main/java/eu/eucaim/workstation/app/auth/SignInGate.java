package eu.eucaim.workstation.app.auth;

import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Shown;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Wraps a tab's content that needs a signed-in user. Signed out, it shows what the tab is for and a Sign in button
 * (as the EUCAIM user guide's "My Profile" and "Become a User" paths do); signed in, the content itself.
 */
public final class SignInGate extends StackPane {

    /**
     * @param content what signed-in users see (any node; it stays in the scene graph, hidden, while signed out)
     * @param title   the tab's name, e.g. "Federated Query"
     * @param purpose one or two sentences on what the tab does for a signed-in user
     */
    public SignInGate(Node content, String title, String purpose, Ikon icon, SignInViewModel vm) {
        getStyleClass().add("sign-in-gate");
        content.visibleProperty().bind(vm.signedInProperty());

        Label heading = new Label(title, Icons.of(icon, 32));
        heading.getStyleClass().add("title-3");
        Label text = new Label(purpose);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add("gate-purpose");
        Label who = new Label("Sign in with your EUCAIM (LS-AAI) account. New to EUCAIM? On the Dashboard, "
                + "\"How to become a User\" says how to register and request data.");
        who.setWrapText(true);
        who.setMaxWidth(520);
        who.getStyleClass().add("text-muted");

        Button signIn = new Button("Sign in", Icons.of(Material2AL.LOGIN));
        signIn.getStyleClass().addAll("accent", "gate-sign-in");
        signIn.setDefaultButton(false);
        signIn.setOnAction(e -> vm.signIn());
        signIn.disableProperty().bind(vm.busyProperty().or(vm.restoringProperty()));
        signIn.textProperty()
                .bind(Bindings.when(vm.busyProperty())
                        .then(vm.waitingProperty())
                        .otherwise(Bindings.when(vm.restoringProperty())
                                .then("Restoring your sign-in…")
                                .otherwise("Sign in")));
        Label problem = new Label();
        problem.getStyleClass().addAll("danger-text", "gate-message");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        problem.textProperty().bind(vm.messageProperty());
        Shown.when(problem, vm.messageProperty().isNotNull());

        VBox prompt = new VBox(14, heading, text, who, signIn, problem);
        prompt.setAlignment(Pos.CENTER);
        prompt.getStyleClass().add("sign-in-prompt");
        prompt.visibleProperty().bind(vm.signedInProperty().not());
        getChildren().addAll(content, prompt);
    }
}

package eu.eucaim.workstation.app.auth;

import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Shown;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The header's sign-in corner: "Sign in" when signed out; "Signing in…" with Cancel while the browser is open; the
 * reason and Retry after a failure; the user's name (a menu with Sign out) and role chips when signed in, with why
 * and "Sign in again" when a server refused the sign-in.
 */
public final class SignInHeader extends HBox {

    public SignInHeader(SignInViewModel vm) {
        super(8);
        setId("sign-in-header");
        setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("sign-in-message");
        message.getStyleClass().add("text-muted");
        message.setMaxWidth(320);
        message.textProperty().bind(vm.messageProperty());
        message.tooltipProperty()
                .bind(Bindings.createObjectBinding(
                        () -> vm.messageProperty().get() == null
                                ? null
                                : new Tooltip(vm.messageProperty().get()),
                        vm.messageProperty()));
        Shown.when(
                message,
                Bindings.isNotNull(vm.messageProperty())
                        .and(vm.signedInProperty().not()));

        Button signIn = new Button("Sign in", Icons.of(Material2AL.LOGIN));
        signIn.setId("sign-in");
        signIn.getStyleClass().add("accent");
        signIn.setOnAction(e -> vm.signIn());
        Shown.when(signIn, vm.statusProperty().isEqualTo(SignInStatus.SIGNED_OUT));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label waiting = new Label(null, spinner);
        waiting.textProperty().bind(vm.waitingProperty());
        waiting.setId("sign-in-waiting");
        waiting.tooltipProperty()
                .bind(Bindings.createObjectBinding(
                        () -> waiting.getText() == null ? null : new Tooltip(waiting.getText()),
                        waiting.textProperty()));
        Button cancel = new Button("Cancel");
        cancel.setId("sign-in-cancel");
        cancel.getStyleClass().add("flat");
        cancel.setOnAction(e -> vm.cancel());
        HBox signingIn = new HBox(6, waiting, cancel);
        signingIn.setAlignment(Pos.CENTER_LEFT);
        Shown.when(signingIn, vm.busyProperty());

        ProgressIndicator restoreSpinner = new ProgressIndicator();
        restoreSpinner.setPrefSize(16, 16);
        Label restoring = new Label("Restoring your sign-in…", restoreSpinner);
        restoring.setId("sign-in-restoring");
        Shown.when(restoring, vm.restoringProperty());

        Button retry = new Button("Retry", Icons.of(Material2MZ.REFRESH));
        retry.setId("sign-in-retry");
        retry.setOnAction(e -> vm.retry());
        message.getStyleClass().add("sign-in-message");
        Shown.when(retry, vm.statusProperty().isEqualTo(SignInStatus.FAILED));

        Label refused = new Label(null, Icons.of(Material2AL.ERROR_OUTLINE));
        refused.setId("sign-in-refused");
        refused.getStyleClass().addAll("text-muted", "sign-in-message");
        refused.setMaxWidth(320);
        refused.textProperty().bind(vm.refusalProperty());
        refused.tooltipProperty()
                .bind(Bindings.createObjectBinding(
                        () -> vm.refusalProperty().get() == null
                                ? null
                                : new Tooltip(vm.refusalProperty().get()),
                        vm.refusalProperty()));
        Button again = new Button("Sign in again", Icons.of(Material2AL.LOGIN));
        again.setId("sign-in-again");
        again.setOnAction(e -> vm.signInAgain());
        HBox refusedBox = new HBox(6, refused, again);
        refusedBox.setAlignment(Pos.CENTER_LEFT);
        Shown.when(refusedBox, Bindings.isNotNull(vm.refusalProperty()).and(vm.signedInProperty()));

        HBox chips = new HBox(4);
        chips.setId("role-chips");
        chips.setAlignment(Pos.CENTER_LEFT);
        vm.roles().addListener((ListChangeListener<String>) c -> chips.getChildren()
                .setAll(vm.roles().stream().map(SignInHeader::chip).toList()));
        MenuItem signOut = new MenuItem("Sign out", Icons.of(Material2MZ.POWER_SETTINGS_NEW));
        signOut.setId("sign-out");
        signOut.setOnAction(e -> vm.signOut());
        MenuButton user = new MenuButton(null, Icons.of(Material2AL.ACCOUNT_CIRCLE, 18), signOut);
        user.setId("user-menu");
        user.getStyleClass().add("flat");
        user.textProperty().bind(vm.userNameProperty());
        user.setAccessibleText("Signed-in user");
        HBox signedIn = new HBox(6, chips, user);
        signedIn.setAlignment(Pos.CENTER_LEFT);
        Shown.when(signedIn, vm.signedInProperty());

        // The actions stay whole in a narrow window; the messages beside them give way (their tooltips say it all).
        for (javafx.scene.layout.Region whole : java.util.List.of(signIn, cancel, retry, again, user, chips)) {
            whole.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        getChildren().addAll(message, restoring, signingIn, retry, signIn, refusedBox, signedIn);
    }

    private static Label chip(String role) {
        Label chip = new Label(role);
        chip.getStyleClass().addAll("badge", "role-chip");
        return chip;
    }
}

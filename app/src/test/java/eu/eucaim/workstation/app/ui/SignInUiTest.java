package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

/**
 * Anonymous → the Query tab asks to sign in → Sign in (the browser is a test hook that fills in the real node's
 * login form over HTTP, on the same PKCE flow) → the tab shows its content and the header shows the user and role.
 */
class SignInUiTest extends RealNodeUiTest {

    @Test
    void queryTabAsksToSignInAndOpensAfterSigningIn() throws Exception {
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher")));
        waitUntil("the header offers Sign in", () -> shown("#sign-in"));
        assertThat(shown("#user-menu")).isFalse();

        clickOn("#tab-query");
        waitUntil("the Query tab shows the sign-in prompt", () -> shown("#gate-query .sign-in-prompt"));
        assertThat(shown("#gate-query #query-run")).isFalse();
        assertThat(lookup("#gate-query .gate-purpose").queryAs(Label.class).getText())
                .contains("cohorts");
        // Dashboard, Catalogue and the local Viewer need no sign-in.
        assertThat(lookup("#main-tabs").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                        .filter(t -> t.getId().equals("tab-viewer"))
                        .findFirst()
                        .orElseThrow()
                        .isDisable())
                .isFalse();

        clickOn("#gate-query .gate-sign-in");
        waitUntil("the header shows the user", () -> shown("#user-menu"));
        assertThat(text("#user-menu")).isEqualTo("researcher");
        assertThat(onFx(() -> ((Pane) lookup("#role-chips").query())
                        .getChildren().stream()
                                .map(n -> ((Labeled) n).getText())
                                .toList()))
                .containsExactly("Researcher");
        assertThat(shown("#sign-in")).isFalse();
        waitUntil("the Query tab shows its content", () -> shown("#gate-query #query-run"));
        assertThat(shown("#gate-query .sign-in-prompt")).isFalse();

        clickOn("#user-menu");
        clickOn("Sign out");
        waitUntil("signed out again", () -> shown("#sign-in") && shown("#gate-query .sign-in-prompt"));
        assertThat(home.resolve("config/sign-in.json")).doesNotExist();
    }
}

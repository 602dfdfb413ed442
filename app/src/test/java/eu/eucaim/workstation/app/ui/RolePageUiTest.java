package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 11 in the whole window: the "Become a User" card leads to a page that says how to register and
 * request data, with the app's actions: Sign in signs in; Search the Catalogue opens it; Dashboard comes back.
 */
class RolePageUiTest extends RealNodeUiTest {
    @Test
    void theUserCardOpensItsPageWhoseActionsWork() throws Exception {
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher")));
        waitUntil("the role cards", () -> shown("#role-USER"));
        reveal("#role-USER");
        clickOn("#role-USER");

        waitUntil("the User's page", () -> shown("#role-title"));
        assertThat(text("#role-title")).isEqualTo("Become a User");
        String page = onFx(() -> lookup("#role-page .label").queryAll().stream()
                .map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + "\n" + b));
        assertThat(page).contains("How to register", "LS-AAI", "EUCAIM group", "Negotiator", "Rules of participation");

        reveal("#role-sign-in");
        clickOn("#role-sign-in");
        waitUntil(
                "signed in",
                () -> lookup("#user-menu").tryQuery().map(Node::isVisible).orElse(false));

        reveal("#role-catalogue");
        clickOn("#role-catalogue");
        TabPane tabs = lookup("#main-tabs").queryAs(TabPane.class);
        waitUntil(
                "the Catalogue",
                () -> tabs.getSelectionModel().getSelectedItem().getId().equals("tab-catalogue"));

        clickOn("#tab-dashboard");
        reveal("#role-back");
        clickOn("#role-back");
        waitUntil("the charts again", () -> shown("#role-USER"));
    }
}

package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sign-in belongs to its provider (issue 13 item 5), in the whole window with two real nodes that do not trust
 * each other: switching node in Settings shows the user signed out, with why and a Sign in button (it used to keep
 * saying "researcher" while the next query failed); a node that refuses the sign-in offers to sign in again.
 */
class SignInFollowsConnectionUiTest extends RealNodeUiTest {
    private static EucaimNode nodeB;

    @BeforeAll
    static void startNodeB() {
        nodeB = EucaimNode.start(NodeConfig.defaults(home.resolve("node-b"), 2).withDatasetCount(3));
    }

    @AfterAll
    static void stopNodeB() {
        nodeB.close();
    }

    private void signInAsResearcher() throws Exception {
        waitUntil("the header offers Sign in", () -> shown("#sign-in"));
        clickOn("#sign-in");
        waitUntil("the header shows the user", () -> shown("#user-menu"));
        assertThat(text("#user-menu")).isEqualTo("researcher");
    }

    /** Opens Settings, sets the remote node's URL and the sign-in provider (blank: the node's own), saves. */
    private void connectTo(String nodeUrl, String issuer) throws Exception {
        clickOn("#open-settings");
        waitUntil("Settings is open", () -> lookup("#settings-url").tryQuery().isPresent());
        clickOn("#settings-remote");
        replaceText("#settings-url", nodeUrl);
        replaceText("#settings-issuer", issuer);
        DialogPane pane = (DialogPane) lookup(".dialog-pane").query();
        clickOn((Node) onFx(() -> pane.lookupButton(ButtonType.OK)));
        waitUntil("Settings is closed", () -> lookup("#settings-url").tryQuery().isEmpty());
    }

    private void replaceText(String field, String text) {
        clickOn(field)
                .press(KeyCode.CONTROL)
                .press(KeyCode.A)
                .release(KeyCode.A)
                .release(KeyCode.CONTROL);
        push(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            write(text);
        }
    }

    @Test
    void switchingNodeSignsOutWithWhyAndARefusingNodeOffersToSignInAgain() throws Exception {
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher")));
        signInAsResearcher();

        connectTo(nodeB.baseUri().toString(), "");
        waitUntil("the node is online", () -> text("#node-state").equals("Online"));
        waitUntil("the header shows Sign in", () -> shown("#sign-in"));
        assertThat(shown("#user-menu")).isFalse();
        assertThat(text("#sign-in-message"))
                .startsWith("Signed out: you were signed in at "
                        + node.baseUri().toString().replaceAll("/$", ""))
                .contains("now signs in at " + nodeB.baseUri().toString().replaceAll("/$", ""));
        clickOn("#tab-query");
        waitUntil("the Query asks to sign in", () -> shown("#gate-query .sign-in-prompt"));

        // Node B signs in with node A's provider, which it does not trust: its 401 offers to sign in again.
        connectTo(nodeB.baseUri().toString(), node.baseUri().toString());
        signInAsResearcher();
        waitUntil("the Query shows its content", () -> shown("#gate-query #query-run"));
        clickOn("#gate-query #query-run");
        waitUntil("the header offers to sign in again", () -> shown("#sign-in-again"));
        assertThat(text("#sign-in-refused"))
                .startsWith("127.0.0.1:" + nodeB.baseUri().getPort() + " did not accept your sign-in")
                .contains("is not trusted by this node");
        assertThat(shown("#user-menu"))
                .as("still signed in: other servers may accept it")
                .isTrue();
    }
}

package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Settings in the whole window (issue 13 item 12): a field's problem shows under that field, not elsewhere. */
class SettingsUiTest extends RealNodeUiTest {
    private Bounds onScreen(String query) throws Exception {
        return onFx(() -> {
            Node n = lookup(query).query();
            return n.localToScreen(n.getBoundsInLocal());
        });
    }

    @Test
    void aBadNodeUrlIsExplainedRightUnderTheUrlField() throws Exception {
        launch();
        clickOn("#open-settings");
        waitUntil("Settings is open", () -> lookup("#settings-url").tryQuery().isPresent());
        clickOn("#settings-remote");
        clickOn("#settings-url")
                .press(KeyCode.CONTROL)
                .press(KeyCode.A)
                .release(KeyCode.A)
                .release(KeyCode.CONTROL);
        write("not a url");
        waitUntil(
                "the problem is shown",
                () -> lookup("#settings-node-problem").query().isVisible());
        assertThat(((Label) lookup("#settings-node-problem").query()).getText()).isNotBlank();
        Bounds url = onScreen("#settings-url");
        Bounds problem = onScreen("#settings-node-problem");
        Bounds issuer = onScreen("#settings-issuer");
        assertThat(problem.getMinY()).as("below the URL").isGreaterThanOrEqualTo(url.getMaxY());
        assertThat(problem.getMaxY()).as("above the next section").isLessThan(issuer.getMinY());
        assertThat(lookup("#settings-query-problem").query().isVisible()).isFalse();
        DialogPane pane = (DialogPane) lookup(".dialog-pane").query();
        assertThat(onFx(() -> ((Button) pane.lookupButton(ButtonType.OK)).isDisabled()))
                .isTrue();
        clickOn((Node) onFx(() -> pane.lookupButton(ButtonType.CANCEL)));
    }

    @Test
    void theEmailPartIsFoldedAwayUntilOpenedAndExplainsWhatIsMissingInsideIt() throws Exception {
        launch();
        clickOn("#open-settings");
        waitUntil("Settings is open", () -> lookup("#settings-mail").tryQuery().isPresent());
        TitledPane mail = lookup("#settings-mail").query();
        assertThat(mail.isExpanded()).as("off by default: folded").isFalse();
        clickOn("E-mail notifications (SMTP)");
        waitUntil(
                "the e-mail part is open",
                () -> lookup("#settings-mail-enabled").query().isVisible());
        assertThat(lookup("#settings-mail-host").query().isDisabled())
                .as("off: nothing to fill in")
                .isTrue();
        // The form is taller than the dialog: scroll the opened part into view, as a user does.
        onFx(() -> {
            ((javafx.scene.control.ScrollPane) lookup("#settings-scroll").query()).setVvalue(1);
            return null;
        });
        clickOn("#settings-mail-enabled");
        waitUntil(
                "the problem is shown",
                () -> lookup("#settings-mail-problem").query().isVisible());
        assertThat(((Label) lookup("#settings-mail-problem").query()).getText())
                .contains("enter the SMTP server's host name");
        DialogPane pane = (DialogPane) lookup(".dialog-pane").query();
        assertThat(onFx(() -> ((Button) pane.lookupButton(ButtonType.OK)).isDisabled()))
                .isTrue();
        onFx(() -> {
            ((javafx.scene.control.ScrollPane) lookup("#settings-scroll").query()).setVvalue(1);
            return null;
        });
        clickOn("#settings-mail-host");
        write("smtp.example.org");
        clickOn("#settings-mail-from");
        write("negotiator@node.example.org");
        waitUntil(
                "no problem left",
                () -> !lookup("#settings-mail-problem").query().isVisible());
        assertThat(onFx(() -> ((Button) pane.lookupButton(ButtonType.OK)).isDisabled()))
                .isFalse();
        Bounds problemPlace = onScreen("#settings-mail-from");
        assertThat(problemPlace.getMaxY())
                .as("the whole form fits on the screen")
                .isLessThan(onFx(
                        () -> javafx.stage.Screen.getPrimary().getVisualBounds().getMaxY()));
        clickOn((Node) onFx(() -> pane.lookupButton(ButtonType.CANCEL)));
    }

    @Test
    void choosingThePlatformShowsItsAddressesAndAnEditedOneIsCheckedAndSaved() throws Exception {
        launch();
        clickOn("#open-settings");
        waitUntil(
                "Settings is open",
                () -> lookup("#settings-platform-choice").tryQuery().isPresent());
        assertThat(lookup("#settings-platform").query().isVisible())
                .as("folded until chosen")
                .isFalse();
        clickOn("#settings-platform-choice");
        waitUntil(
                "the platform's addresses show",
                () -> lookup("#settings-platform-catalogue").query().isVisible());
        assertThat(((TextField) lookup("#settings-platform-catalogue").query()).getText())
                .isEqualTo("https://catalogue.eucaim.cancerimage.eu");
        assertThat(((TextField) lookup("#settings-platform-explorer").query()).getText())
                .isEqualTo("https://explorer.eucaim.cancerimage.eu/backend/");
        DialogPane pane = (DialogPane) lookup(".dialog-pane").query();
        Button ok = onFx(() -> (Button) pane.lookupButton(ButtonType.OK));

        replaceText("#settings-platform-explorer", "http://explorer.example.org/backend/");
        waitUntil(
                "the problem is shown",
                () -> lookup("#settings-platform-problem").query().isVisible());
        assertThat(((Label) lookup("#settings-platform-problem").query()).getText())
                .startsWith("Explorer: ")
                .contains("https://");
        assertThat(onFx(ok::isDisabled)).isTrue();
        assertThat(lookup("#settings-node-problem").query().isVisible())
                .as("said once, in the platform's part")
                .isFalse();
        clickOn("#settings-platform-reset");
        waitUntil(
                "no problem left",
                () -> !lookup("#settings-platform-problem").query().isVisible());
        assertThat(((TextField) lookup("#settings-platform-explorer").query()).getText())
                .isEqualTo("https://explorer.eucaim.cancerimage.eu/backend/");

        replaceText("#settings-platform-negotiator", "https://negotiator.test.example");
        waitUntil("OK is enabled", () -> !onFx(ok::isDisabled));
        clickOn(ok);
        java.nio.file.Path file = home.resolve("config/settings.json");
        try {
            waitUntil(
                    "the platform is saved",
                    () -> java.nio.file.Files.readString(file).contains("negotiator.test.example"));
            eu.eucaim.workstation.app.settings.Settings saved = eu.eucaim.workstation.api.Json.mapper()
                    .readValue(file.toFile(), eu.eucaim.workstation.app.settings.Settings.class);
            assertThat(saved.nodeMode()).isEqualTo(eu.eucaim.workstation.app.settings.NodeMode.PLATFORM);
            assertThat(saved.platform().negotiator()).isEqualTo("https://negotiator.test.example");
            assertThat(saved.platform().catalogue()).isEqualTo("https://catalogue.eucaim.cancerimage.eu");
            waitUntil(
                    "the status bar speaks of the platform",
                    // "EUCAIM platform …" while it answers; its catalogue's address once a status call has failed
                    // (no network here: the real catalogue cannot be reached).
                    () -> text("#node-detail").contains("EUCAIM")
                            || text("#node-detail").contains("catalogue.eucaim.cancerimage.eu"));
        } finally {
            close();
            // The other tests of this class start on the node.
            eu.eucaim.workstation.api.Json.mapper()
                    .writeValue(
                            file.toFile(),
                            eu.eucaim.workstation.app.settings.Settings.defaults()
                                    .withNode(
                                            eu.eucaim.workstation.app.settings.NodeMode.REMOTE,
                                            node.baseUri().toString()));
        }
    }

    /** Selects all of the field's text and types {@code text} over it, as a user does. */
    private void replaceText(String field, String text) {
        clickOn(field)
                .press(KeyCode.CONTROL)
                .press(KeyCode.A)
                .release(KeyCode.A)
                .release(KeyCode.CONTROL);
        write(text);
    }
}

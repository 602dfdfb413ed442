package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.app.selection.SelectedDataset;
import eu.eucaim.workstation.app.selection.SelectionFile;
import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import eu.eucaim.workstation.client.negotiation.HttpNegotiationClient;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15 in the whole window, against a real node: the selection's hand-off opens the access form; Submit with a
 * missing answer names the field and goes to it; a word limit counts while typing; the overview shows what will be
 * sent; the steward indicates access conditions from their panel.
 */
class NegotiationsUiTest extends RealNodeUiTest {

    /** Datasets of the demo catalogue that take EUCAIM's own form (not the observational-study entry). */
    private static List<Dataset> datasets(int count) throws Exception {
        DatasetPage page = reference
                .search(new DatasetQuery("", java.util.Map.of(), 0, 100))
                .get(20, TimeUnit.SECONDS);
        return page.items().stream()
                .filter(d -> !d.observationalStudy())
                .limit(count)
                .toList();
    }

    @BeforeEach
    void selectTwoDatasets() throws Exception {
        List<Dataset> two = datasets(2);
        Files.createDirectories(home.resolve("config"));
        // Each test signs in as its own user: nobody is signed in from the test before.
        Files.deleteIfExists(home.resolve("config/sign-in.json"));
        Files.deleteIfExists(home.resolve("config/sign-in-tokens.json"));
        Json.mapper()
                .writeValue(
                        home.resolve("config/selection.json").toFile(),
                        new SelectionFile(two.stream()
                                .map(d -> new SelectedDataset(d.id(), d.title(), "Catalogue search \"lung\""))
                                .toList()));
    }

    private void signInOnTheNegotiationsTab(String user) throws Exception {
        clickOn("#tab-negotiations");
        waitUntil("the gate offers sign-in", () -> shown("#gate-negotiations .gate-sign-in"));
        clickOn("#gate-negotiations .gate-sign-in");
        waitUntil("signed in as " + user, () -> shown("#negotiations"));
    }

    @Test
    void theHandOffOpensTheFormAndSubmitNamesAndFocusesTheMissingField() throws Exception {
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher")));
        signInOnTheNegotiationsTab("researcher");

        clickOn("#selection-button");
        waitUntil("the selection panel is open", () -> shown("#selection-request-access"));
        clickOn("#selection-request-access");
        waitUntil("the access form is open", () -> shown("#access-form") && shown("#wizard-step-1"));
        waitUntil(
                "the selection is emptied once the request exists",
                () -> text("#selection-count").equals("0"));
        assertThat(text("#wizard-search-parameters"))
                .contains("Catalogue search \"lung\"")
                .contains("User actions taken:")
                .contains("#1");

        // Submit with nothing filled in: every missing answer is named, the first is focused on its page.
        clickOn("#wizard-submit");
        waitUntil("Submit names the missing field", () -> text("#wizard-error").contains("Organisation name"));
        assertThat(lookup("#wizard-problems .hyperlink").queryAll()).hasSize(5);
        waitUntil("the first missing field has the focus", () -> {
            Node focused = mainStage().getScene().getFocusOwner();
            return focused != null && "field-contact-organisation-name".equals(focused.getId());
        });
        clickOn("#field-contact-organisation-name").write("Hospital Universitari");

        // A word limit counts while typing.
        clickOn("#wizard-step-2");
        waitUntil("the scientific page shows", () -> shown("#field-scientific-description"));
        assertThat(text("#words-scientific-description")).isEqualTo("0 / 600 words");
        clickOn("#field-scientific-description").write("Deep learning for lung nodules");
        waitUntil(
                "five words counted",
                () -> text("#words-scientific-description").equals("5 / 600 words"));
        onFx(() -> {
            lookup("#field-scientific-description").queryAs(TextArea.class).setText("word ".repeat(601));
            return null;
        });
        waitUntil(
                "601 words counted", () -> text("#words-scientific-description").equals("601 / 600 words"));

        // The overview shows what will be sent, and what is wrong with it.
        int last = onFx(() -> lookup("#wizard-steps .hyperlink").queryAll().size() - 1);
        clickOn("#wizard-step-" + last);
        waitUntil("the overview shows", () -> shown("#overview-contact-organisation-name"));
        assertThat(text("#overview-contact-organisation-name")).isEqualTo("Hospital Universitari");
        assertThat(text("#overview-scientific-description")).contains("601 words, at most 600");
        assertThat(text("#overview-contact-phone")).contains("required");

        // What was typed reached the node on the page changes.
        String id = onFx(
                () -> lookup("#negotiations-list").queryListView().getItems().isEmpty()
                        ? null
                        : ((eu.eucaim.workstation.app.negotiation.NegotiationRow) lookup("#negotiations-list")
                                        .queryListView()
                                        .getItems()
                                        .get(0))
                                .id());
        assertThat(id).isNotNull();
        HttpNegotiationClient researcher = client("researcher");
        Negotiation saved = researcher.negotiation(id).get(20, TimeUnit.SECONDS);
        assertThat(saved.status()).isEqualTo("DRAFT");
        assertThat(saved.payload().path("contact").path("organisation-name").asText())
                .isEqualTo("Hospital Universitari");
        assertThat(researcher.resources(id).get(20, TimeUnit.SECONDS)).hasSize(2);
    }

    /**
     * Signed in from the header, then the tab opened: the list of lists grows (a representative's) and the box above
     * still names the list shown (it was left empty when its items were replaced).
     */
    @Test
    void aRepresentativeSeesWhichListIsShown() throws Exception {
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("steward", "steward")));
        clickOn("#sign-in");
        waitUntil("signed in", () -> shown("#user-menu"));
        clickOn("#tab-negotiations");
        waitUntil(
                "the steward has a representative's list",
                () -> lookup("#negotiations-view").queryComboBox().getItems().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> Elision.drawnText(lookup("#negotiations-view").queryComboBox())))
                .as("the list shown is named above it")
                .isEqualTo("My requests");
    }

    @Test
    void theStewardIndicatesAccessConditionsFromTheirPanel() throws Exception {
        String[] made = negotiationWithConditions(datasets(30), "MARK_AS_CHECKING_AVAILABILITY", "MARK_AS_AVAILABLE")
                .split(" ");
        String id = made[0];
        String sourceId = made[1];
        HttpNegotiationClient researcher = client("researcher");

        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("steward", "steward")));
        signInOnTheNegotiationsTab("steward");
        waitUntil(
                "the steward has a representative's list",
                () -> onFx(() -> lookup("#negotiations-view")
                                .queryAs(ComboBox.class)
                                .getItems()
                                .size())
                        > 1);
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> which = lookup("#negotiations-view").queryAs(ComboBox.class);
            which.getSelectionModel().select(1);
            return null;
        });
        waitUntil(
                "the negotiation is listed",
                () -> !lookup("#negotiations-list").queryListView().getItems().isEmpty());
        waitUntil("the row is drawn", () -> shown("#negotiations-list .list-cell"));
        assertThat(onFx(() ->
                        Elision.inCellGraphics(lookup("#negotiations-list").query())))
                .as("the row's title, number and the datasets' states whole")
                .isEmpty();
        clickOn("#negotiations-list .list-cell");
        waitUntil(
                "its page shows the steward's events",
                () -> lookup(n2 -> n2.getId() != null
                                && n2.getId().startsWith("resource-action-INDICATE_ACCESS_CONDITIONS"))
                        .tryQuery()
                        .isPresent());
        assertThat(onFx(() ->
                        Elision.inCellGraphics(lookup("#negotiation-datasets").query())))
                .as("the datasets' names and their organisations whole")
                .isEmpty();
        // The steward's own dataset is listed first, its buttons in view.
        clickOn("#resource-action-INDICATE_ACCESS_CONDITIONS-0");
        waitUntil(
                "the confirmation asks for the conditions",
                () -> lookup("#confirm-comment").tryQuery().isPresent());
        clickOn("#confirm-comment").write("Cite EUCAIM; no re-identification.");
        clickOn(lookup(".dialog-pane .button")
                .match(b -> b instanceof Button btn && btn.getText().startsWith("Indicate"))
                .queryAs(Button.class));
        waitUntil(
                "it asks whether a document goes with it",
                () -> lookup(".dialog-pane .button")
                        .match(b -> b instanceof Button btn && btn.getText().equals("Cancel"))
                        .tryQuery()
                        .isPresent());
        clickOn(lookup(".dialog-pane .button")
                .match(b -> b instanceof Button btn && btn.getText().equals("Cancel"))
                .queryAs(Button.class));
        waitUntil(
                "the node has the new state",
                () -> state(researcher, id, sourceId).equals("ACCESS_CONDITIONS_INDICATED"));
        waitUntil("the page says so", () -> text("#negotiation-notice").contains("done"));
        assertThat(researcher.posts(id).get(20, TimeUnit.SECONDS))
                .anyMatch(p -> p.text().contains("no re-identification"));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    /**
     * A negotiation of {@code datasets}, submitted and approved, with {@code stewardEvents} fired by the steward on
     * the first dataset they represent: "negotiation-id source-id".
     */
    private static String negotiationWithConditions(List<Dataset> datasets, String... stewardEvents) throws Exception {
        String id = NegotiationFixtures.submitted(node, "modality = CT", datasets);
        client("admin").fire(id, "APPROVE").get(20, TimeUnit.SECONDS);
        HttpNegotiationClient steward = client("steward");
        String sourceId = NegotiationFixtures.stewardsDataset(node, id);
        for (String event : stewardEvents) {
            steward.fireOnResource(id, sourceId, event).get(20, TimeUnit.SECONDS);
        }
        return id + " " + sourceId;
    }

    /** Issue 15: the node is down while the researcher accepts the conditions; it arrives once when it is back. */
    @Test
    void anAcceptanceMadeWhileTheNodeIsDownWaitsVisiblyAndArrivesOnce() throws Exception {
        String[] made = negotiationWithConditions(
                        datasets(30),
                        "MARK_AS_CHECKING_AVAILABILITY",
                        "MARK_AS_AVAILABLE",
                        "INDICATE_ACCESS_CONDITIONS")
                .split(" ");
        String id = made[0];
        String sourceId = made[1];
        HttpNegotiationClient researcher = client("researcher");

        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher")));
        signInOnTheNegotiationsTab("researcher");
        waitUntil("the negotiation is listed", () -> shown("#negotiations-list .list-cell"));
        clickOn("#negotiations-list .list-cell");
        waitUntil(
                "the researcher may accept the conditions", () -> shown("#resource-action-ACCEPT_ACCESS_CONDITIONS-0"));

        stopTheNode();
        try {
            clickOn("#resource-action-ACCEPT_ACCESS_CONDITIONS-0");
            waitUntil(
                    "the confirmation shows",
                    () -> lookup("#confirm-comment").tryQuery().isPresent());
            clickOn("#confirm-comment").write("Accepted, thank you.");
            clickOn(lookup(".dialog-pane .button")
                    .match(b -> b instanceof Button btn && btn.getText().startsWith("Accept"))
                    .queryAs(Button.class));
            waitUntil(
                    "the actions wait in the outbox, visibly",
                    () -> shown("#outbox") && text("#outbox-summary").startsWith("2 actions wait"));
        } finally {
            restartTheNode();
        }
        clickOn("#outbox-retry");
        waitUntil("the outbox is empty", () -> !shown("#outbox"));
        waitUntil(
                "the node has the acceptance",
                () -> state(researcher, id, sourceId).equals("ACCESS_CONDITIONS_MET"));
        assertThat(researcher.timeline(id).get(20, TimeUnit.SECONDS))
                .filteredOn(t -> t.text().endsWith("to Access Conditions Met"))
                .hasSize(1);
        assertThat(researcher.posts(id).get(20, TimeUnit.SECONDS))
                .filteredOn(p -> p.text().equals("Accepted, thank you."))
                .hasSize(1);
    }

    private static String state(HttpNegotiationClient client, String id, String sourceId) throws Exception {
        for (NegotiationResource r : client.resources(id).get(20, TimeUnit.SECONDS)) {
            if (r.sourceId().equals(sourceId)) {
                return String.valueOf(r.currentState());
            }
        }
        return "";
    }

    private static HttpNegotiationClient client(String user) throws Exception {
        return NegotiationFixtures.client(node, user);
    }
}

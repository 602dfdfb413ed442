package eu.eucaim.workstation.app.ui;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.negotiation.NewPost;
import eu.eucaim.workstation.app.selection.SelectedDataset;
import eu.eucaim.workstation.app.selection.SelectionFile;
import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import eu.eucaim.workstation.client.negotiation.HttpNegotiationClient;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Negotiations tab's screenshots for docs/ (the wizard, the overview, the list, a negotiation page, the
 * steward's panel, the committee's queue), taken in the headless window against a real node. Runs only with
 * {@code -Deucaim.screenshots=FOLDER}: {@code mvn -pl app test -Dtest=NegotiationsScreenshots
 * -Deucaim.screenshots=$PWD/docs/screenshots}.
 */
class NegotiationsScreenshots extends RealNodeUiTest {
    private static HttpNegotiationClient client(String user) throws Exception {
        return NegotiationFixtures.client(node, user);
    }

    private void signIn(String user) throws Exception {
        close();
        Files.deleteIfExists(home.resolve("config/sign-in.json"));
        Files.deleteIfExists(home.resolve("config/sign-in-tokens.json"));
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs(user, user)));
        clickOn("#tab-negotiations");
        waitUntil("the gate offers sign-in", () -> shown("#gate-negotiations .gate-sign-in"));
        clickOn("#gate-negotiations .gate-sign-in");
        waitUntil("signed in", () -> shown("#negotiations"));
    }

    private void chooseList(int index) throws Exception {
        waitUntil(
                "the lists are known",
                () -> onFx(() -> lookup("#negotiations-view")
                                .queryAs(ComboBox.class)
                                .getItems()
                                .size())
                        > index);
        onFx(() -> {
            lookup("#negotiations-view")
                    .queryAs(ComboBox.class)
                    .getSelectionModel()
                    .select(index);
            return null;
        });
        waitUntil("the list shows", () -> shown("#negotiations-list .list-cell"));
    }

    @Test
    void screenshots() throws Exception {
        String where = System.getProperty("eucaim.screenshots");
        Assumptions.assumeTrue(where != null, "only with -Deucaim.screenshots=FOLDER");
        List<Dataset> datasets =
                reference.search(new DatasetQuery("", Map.of(), 0, 100)).get(20, TimeUnit.SECONDS).items().stream()
                        .filter(d -> !d.observationalStudy())
                        .toList();

        // A negotiation in progress: submitted, approved, conditions indicated by the steward, messages.
        HttpNegotiationClient researcher = client("researcher");
        HttpNegotiationClient steward = client("steward");
        String id = NegotiationFixtures.submitted(
                node, "Catalogue search \"lung\" (Modality: CT)\nUser actions taken:\n#1 …", datasets.subList(0, 12));
        client("admin").fire(id, "APPROVE").get(20, TimeUnit.SECONDS);
        researcher
                .post(id, new NewPost("We would start in January; is that possible?", "PUBLIC", null))
                .get(20, TimeUnit.SECONDS);
        String mine = NegotiationFixtures.stewardsDataset(node, id);
        steward.fireOnResource(id, mine, "MARK_AS_CHECKING_AVAILABILITY").get(20, TimeUnit.SECONDS);
        steward.fireOnResource(id, mine, "MARK_AS_AVAILABLE").get(20, TimeUnit.SECONDS);
        // A second request, only submitted: the committee's queue has it.
        NegotiationFixtures.submitted(node, "Federated query: Diagnosis C50", datasets.subList(12, 14));

        // The researcher: the hand-off, the wizard, the overview, the list and the page.
        Files.createDirectories(home.resolve("config"));
        Json.mapper()
                .writeValue(
                        home.resolve("config/selection.json").toFile(),
                        new SelectionFile(datasets.subList(14, 16).stream()
                                .map(d -> new SelectedDataset(d.id(), d.title(), "Catalogue search \"breast\""))
                                .toList()));
        signIn("researcher");
        clickOn("#selection-button");
        waitUntil("the selection panel is open", () -> shown("#selection-request-access"));
        clickOn("#selection-request-access");
        waitUntil("the access form is open", () -> shown("#wizard-step-1"));
        clickOn("#wizard-step-1");
        clickOn("#field-contact-organisation-name").write("Hospital Universitari i Politècnic La Fe");
        clickOn("#field-contact-organisation-acronym").write("HULAFE");
        clickOn("#field-contact-pi-name").write("Ana");
        screenshot("negotiations-wizard");
        clickOn("#wizard-step-2");
        clickOn("#field-scientific-use-case-title").write("Breast MRI response prediction");
        onFx(() -> {
            lookup("#field-scientific-description")
                    .queryAs(TextArea.class)
                    .setText("We will train and validate a model that predicts the response to neoadjuvant"
                            + " chemotherapy from pre-treatment breast MRI, using the selected datasets. ");
            return null;
        });
        clickOn("#wizard-submit");
        waitUntil("Submit names what is missing", () -> shown("#wizard-problem-0"));
        screenshot("negotiations-wizard-submit");
        int last = onFx(() -> lookup("#wizard-steps .hyperlink").queryAll().size() - 1);
        clickOn("#wizard-step-" + last);
        screenshot("negotiations-overview");
        onFx(() -> {
            lookup("#negotiations-list").queryListView().getSelectionModel().select(null);
            return null;
        });
        waitUntil(
                "the list shows",
                () -> onFx(() -> lookup("#negotiations-list")
                                .queryListView()
                                .getItems()
                                .size())
                        >= 3);
        clickOn(cellOf(
                "#negotiations-list .list-cell",
                onFx(() -> lookup("#negotiations-list").queryListView().getItems().stream()
                        .filter(r -> ((eu.eucaim.workstation.app.negotiation.NegotiationRow) r)
                                .id()
                                .equals(id))
                        .findFirst()
                        .orElseThrow())));
        waitUntil("the page shows", () -> shown("#negotiation-page") && shown("#negotiation-datasets .list-cell"));
        screenshot("negotiations-page");

        // The steward's panel.
        signIn("steward");
        chooseList(1);
        clickOn("#negotiations-list .list-cell");
        waitUntil("the steward's events show", () -> shown("#resource-action-INDICATE_ACCESS_CONDITIONS-0"));
        screenshot("negotiations-steward");

        // The access committee's queue.
        signIn("admin");
        chooseList(1); // the admin has their own requests and the committee's queue
        onFx(() -> {
            lookup("#negotiations-status")
                    .queryAs(ComboBox.class)
                    .getSelectionModel()
                    .select("Under Review");
            return null;
        });
        waitUntil("the queue shows", () -> shown("#negotiations-list .list-cell"));
        clickOn("#negotiations-list .list-cell");
        waitUntil("the committee's events show", () -> shown("#negotiation-action-APPROVE"));
        screenshot("negotiations-admin-queue");
    }
}

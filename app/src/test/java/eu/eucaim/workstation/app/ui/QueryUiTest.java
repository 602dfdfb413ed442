package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.app.settings.SettingsStore;
import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Query tab in the real app, signed in for real (PKCE against node A): A is the app's node, B (seed 2) trusts
 * A's issuer and is listed in Settings. Set filters → results from both → open one of B's datasets in the
 * Catalogue (its detail comes from B) → add it to the selection.
 */
class QueryUiTest extends RealNodeUiTest {
    static EucaimNode other;
    /** A token of the same user for the reference requests; the app signs itself in through the gate. */
    static String token;

    @BeforeAll
    static void startTheSecondNodeAndSignIn() throws Exception {
        other = EucaimNode.start(NodeConfig.defaults(home.resolve("other-node"), 2)
                .withDatasetCount(6)
                .withTrustedIssuers(List.of(node.baseUri())));
        SettingsStore.at(home.resolve("config/settings.json"))
                .save(Settings.defaults()
                        .withNode(NodeMode.REMOTE, node.baseUri().toString())
                        .withQueryProviders(true, List.of(other.baseUri().toString())));
        token = RealSignIn.as(node.baseUri(), "researcher").accessToken();
    }

    @AfterAll
    static void stopTheSecondNode() {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void filtersResultsOpenInCatalogueAndAddToSelection() throws Exception {
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher")));
        signInThroughGate("query", "#query-gender-female");
        tick("#query-gender-female");
        tick("#query-modality-MR");
        clickOn("#query-age-min").write("45");
        assertThat(onFx(() ->
                        lookup("#query-gender-female").queryAs(CheckBox.class).isSelected()))
                .isTrue();
        clickOn("#query-run");
        waitUntil("both providers answered", () -> text("#query-summary").equals("2 of 2 providers answered"));

        // What the window shows for B is what B says for the same query.
        FederatedSearchResponse expected = Json.mapper()
                .readValue(get(other.baseUri(), "gender=female&modality=MR&ageMin=45"), FederatedSearchResponse.class);
        assertThat(expected.collections()).isNotEmpty();
        FederatedSearchResponse.Collection first = expected.collections().get(0);
        assertThat(first.id()).startsWith("ds-s2-");
        assertThat(onFx(() ->
                        lookup("#open-" + first.id()).queryAs(Hyperlink.class).getText()))
                .isEqualTo(first.name());
        String total = text("#query-total");
        assertThat(total).endsWith(" studies");

        reveal("#open-" + first.id());
        clickOn("#open-" + first.id());
        // A CI run once saw this click change nothing (the results list was still being laid out under load):
        // if the Catalogue has not come up, the link is clicked once more, after scrolling it into view again.
        try {
            waitUntil(
                    "the Catalogue tab is shown",
                    () -> "tab-catalogue"
                            .equals(lookup("#main-tabs")
                                    .queryAs(TabPane.class)
                                    .getSelectionModel()
                                    .getSelectedItem()
                                    .getId()));
        } catch (java.util.concurrent.TimeoutException notYet) {
            reveal("#open-" + first.id());
            clickOn("#open-" + first.id());
        }
        waitUntil("the Catalogue shows B's dataset", () -> {
            TabPane tabs = lookup("#main-tabs").queryAs(TabPane.class);
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            return selected.getId().equals("tab-catalogue")
                    && lookup("#detail-title").tryQuery().isPresent()
                    && first.name().equals(((Label) lookup("#detail-title").query()).getText());
        });
        clickOn("#add-to-selection");
        waitUntil("the selection holds it", () -> text("#selection-count").equals("1"));
        Path selection = home.resolve("config/selection.json");
        waitUntil(
                "the selection is saved",
                () -> java.nio.file.Files.exists(selection)
                        && java.nio.file.Files.readString(selection).contains(first.id()));
    }

    private static String get(URI node, String query) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(node + "/api/federated-search?" + query))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}

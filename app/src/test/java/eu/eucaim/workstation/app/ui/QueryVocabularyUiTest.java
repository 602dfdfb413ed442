package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 10 in the whole window: the Query speaks the catalogue's vocabulary. It offers PT (not "PET"),
 * MG, CR and US, and the Canon and Fujifilm manufacturers the catalogue's datasets name; asking for mammography
 * finds the breast datasets; results name modalities as the catalogue does.
 */
class QueryVocabularyUiTest extends RealNodeUiTest {
    @Test
    void theQueryOffersWhatTheCatalogueHoldsInItsWords() throws Exception {
        launch(() -> new TestDesktopApp(FormFillingBrowser.signingInAs("researcher", "researcher")));
        clickOn("#tab-query");
        clickOn("#gate-query .gate-sign-in");
        waitUntil("the Query view is shown", () -> shown("#query-modality-MG"));

        assertThat(text("#query-modality-PET")).isEqualTo("PT (Positron emission tomography)");
        for (String id : new String[] {"MG", "CR", "US"}) {
            assertThat(shown("#query-modality-" + id)).as(id).isTrue();
        }
        assertThat(shown("#query-manufacturer-Fujifilm")).isTrue();
        assertThat(text("#query-manufacturer-CanonMedicalSystems")).isEqualTo("Canon Medical Systems");

        reveal("#query-modality-MG");
        clickOn("#query-modality-MG");
        assertThat(onFx(() ->
                        lookup("#query-modality-MG").queryAs(CheckBox.class).isSelected()))
                .isTrue();
        clickOn("#query-run");
        waitUntil(
                "mammography found",
                () -> lookup("#query-results .hyperlink").tryQuery().isPresent());
        assertThat(onFx(() -> lookup("#query-results .hyperlink").queryAll().stream()
                        .map(n -> ((javafx.scene.control.Hyperlink) n).getText())
                        .toList()))
                .isNotEmpty()
                .allMatch(name -> name.contains("MG"), "every dataset found holds mammograms");
        assertThat(onFx(() -> lookup("#query-results .label").queryAll().stream()
                        .filter(Node::isVisible)
                        .map(n -> ((Label) n).getText())
                        .filter(t -> t.contains(" · "))
                        .toList()))
                .isNotEmpty()
                .noneMatch(t -> t.contains("PET") || t.contains("SPECT"));
    }
}

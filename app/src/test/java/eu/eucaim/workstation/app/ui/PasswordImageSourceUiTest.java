package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.app.viewer.remote.RemoteSearchViewModel;
import eu.eucaim.workstation.app.viewer.remote.RemoteStudy;
import eu.eucaim.workstation.client.dicomweb.OrthancServer;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image source that wants a password (an Orthanc with HTTP Basic), added in Settings and searched in the Viewer's
 * Remote panel in the same run: the Viewer signs in with the password typed, whether or not there is a keyring to
 * keep it in. (Without one, the Viewer asked with no password and the source answered 401.)
 */
class PasswordImageSourceUiTest extends RealNodeUiTest {
    @TempDir
    Path dir;

    @Test
    void thePasswordTypedInSettingsIsTheOneTheViewerSignsInWith() throws Exception {
        try (OrthancServer pacs =
                OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")), "pacs", "s3cr3t")) {
            for (Path f : SyntheticStudy.ctSeries(
                    Files.createDirectories(dir.resolve("ct")), 1, "PACS chest", 3, 16, 16, (x, y, z) -> x + z)) {
                pacs.store(f);
            }
            launch();
            clickOn("#open-settings");
            waitUntil(
                    "Settings is open",
                    () -> lookup("#settings-image-sources-part").tryQuery().isPresent());
            onFx(() -> {
                lookup("#settings-image-sources-part").queryAs(TitledPane.class).setExpanded(true);
                return null;
            });
            fill("#settings-image-source-name", "Hospital PACS");
            fill("#settings-image-source-url", pacs.dicomWeb().toString());
            fill("#settings-image-source-user", "pacs");
            fill("#settings-image-source-password", "s3cr3t");
            // Below what the Settings window shows at first: pressed where it is (a click would need it scrolled to).
            onFx(() -> {
                lookup("#settings-image-source-add").queryButton().fire();
                return null;
            });
            waitUntil(
                    "the source is listed",
                    () -> !lookup("#settings-image-sources")
                            .queryListView()
                            .getItems()
                            .isEmpty());
            DialogPane pane = onFx(() -> (DialogPane) lookup(".dialog-pane").query());
            clickOn((Node) onFx(() -> pane.lookupButton(ButtonType.OK)));

            clickOn("#tab-viewer");
            waitUntil("the Viewer", () -> lookup("#viewer").tryQuery().isPresent());
            side("viewer-side-remote");
            RemoteSearchViewModel remote = remoteViewModel();
            waitUntil(
                    "the PACS is listed",
                    () -> remote.sources().stream().anyMatch(s -> s.name().equals("Hospital PACS")));
            onFx(() -> {
                ImageSource chosen = remote.sources().stream()
                        .filter(s -> s.name().equals("Hospital PACS"))
                        .findFirst()
                        .orElseThrow();
                remote.sourceProperty().set(chosen);
                return null;
            });
            clickOn("#remote-search");
            TableView<RemoteStudy> studies = lookup("#remote-studies").queryTableView();
            waitUntil(
                    "the PACS's study is found",
                    () -> !studies.getItems().isEmpty()
                            || text("#remote-status").startsWith("Could not"));
            assertThat(text("#remote-status")).doesNotStartWith("Could not");
            assertThat(studies.getItems())
                    .singleElement()
                    .satisfies(s -> assertThat(s.instances()).isEqualTo(3));
        }
    }

    private void fill(String query, String text) throws Exception {
        onFx(() -> {
            lookup(query).queryTextInputControl().setText(text);
            return null;
        });
    }
}

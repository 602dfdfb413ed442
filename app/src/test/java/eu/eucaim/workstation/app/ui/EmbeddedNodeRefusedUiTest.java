package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 4 in the whole window: when the embedded node cannot use its data folder (here the path is a file),
 * the status bar says so in one sentence naming the folder; no stack trace, and the window stays usable.
 */
class EmbeddedNodeRefusedUiTest extends RealNodeUiTest {
    @Test
    void anUnusableDataFolderIsOneSentenceInTheStatusBar() throws Exception {
        Json.mapper()
                .writeValue(
                        home.resolve("config/settings.json").toFile(),
                        Settings.defaults().withNode(NodeMode.EMBEDDED, ""));
        Path nodeData = Files.createDirectories(home.resolve("data")).resolve("node");
        Files.writeString(nodeData, "not a folder");
        try {
            launchWhateverTheNode();
            waitUntil("the status names the folder", () -> text("#node-detail").contains(nodeData.toString()));

            assertThat(text("#node-detail"))
                    .startsWith("Could not start the embedded node: ")
                    .contains("Cannot use " + nodeData + " as the node data directory: it is a file")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ")
                    .doesNotContain("\n");
            assertThat(text("#node-state")).isNotEqualTo("Online");
            clickOn("#tab-catalogue"); // the window still answers
        } finally {
            close();
            Files.delete(nodeData);
        }
    }
}

package eu.eucaim.workstation.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBack() throws Exception {
        StoredFile<Settings> store = SettingsStore.at(dir.resolve("settings.json"));
        Settings s = Settings.defaults()
                .withNode(NodeMode.REMOTE, "http://node.example.org:8080")
                .withTheme(Theme.DARK)
                .withWindow(new WindowBounds(10, 20, 1000, 700, true))
                .withSidePanelWidths(java.util.Map.of("viewer-side-library", 640.0));
        store.save(s);
        StoredFile.Loaded<Settings> loaded = store.load();
        assertThat(loaded.value()).isEqualTo(s);
        assertThat(loaded.warning()).isNull();
    }

    @Test
    void missingFileMeansDefaultsWithoutAWarning() {
        StoredFile.Loaded<Settings> loaded =
                SettingsStore.at(dir.resolve("settings.json")).load();
        assertThat(loaded.value()).isEqualTo(Settings.defaults());
        assertThat(loaded.warning()).isNull();
    }

    @Test
    void corruptOrUnusableFilesMeanDefaultsAndAWarning() throws Exception {
        Path file = dir.resolve("settings.json");
        for (String content : new String[] {
            "not json", "{\"nodeMode\":\"REMOTE\",\"nodeUrl\":\"ftp://x\"}", "{\"nodeMode\":\"SIDEWAYS\"}", ""
        }) {
            Files.writeString(file, content);
            StoredFile.Loaded<Settings> loaded = SettingsStore.at(file).load();
            assertThat(loaded.value()).as(content).isEqualTo(Settings.defaults());
            assertThat(loaded.warning()).as(content).contains("started with default settings");
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void partialFilesAreFilledWithDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\":\"DARK\"}");
        Settings s = SettingsStore.at(file).load().value();
        assertThat(s.theme()).isEqualTo(Theme.DARK);
        assertThat(s.nodeMode()).isEqualTo(NodeMode.EMBEDDED);
        assertThat(s.window()).isEqualTo(WindowBounds.DEFAULT);
        assertThat(s.sidePanelWidths())
                .as("an older file: the panels' usual widths")
                .isEmpty();
    }

    @Test
    void nodeUrlsAreCheckedWithAReason() {
        assertThat(NodeUrls.problem("http://127.0.0.1:8080")).isEmpty();
        assertThat(NodeUrls.problem("https://node.example.org/eucaim/")).isEmpty();
        assertThat(NodeUrls.problem("")).hasValueSatisfying(p -> assertThat(p).contains("Enter the URL"));
        assertThat(NodeUrls.problem("node.example.org"))
                .hasValueSatisfying(p -> assertThat(p).contains("http://"));
        assertThat(NodeUrls.problem("http://")).isPresent();
        assertThat(NodeUrls.problem("http://exa mple.org"))
                .hasValueSatisfying(p -> assertThat(p).contains("not a valid URL"));
        assertThat(NodeUrls.problem("http://x.org/?a=1")).isPresent();
        assertThat(NodeUrls.parse(" http://x.org:9/ ").toString()).isEqualTo("http://x.org:9");
        assertThatThrownBy(() -> NodeUrls.parse("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFormKeepsTheUrlAndOnlyAcceptsValidInput() {
        SettingsViewModel vm = new SettingsViewModel(Settings.defaults());
        assertThat(vm.validProperty().get()).isTrue();
        vm.modeProperty().set(NodeMode.REMOTE);
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).contains("Enter the URL");
        vm.nodeUrlProperty().set("http://team-node:8080 ");
        assertThat(vm.validProperty().get()).isTrue();
        vm.modeProperty().set(NodeMode.EMBEDDED);
        vm.modeProperty().set(NodeMode.REMOTE);
        assertThat(vm.nodeUrlProperty().get()).isEqualTo("http://team-node:8080 ");
        vm.darkProperty().set(true);
        assertThat(vm.result())
                .isEqualTo(Settings.defaults()
                        .withNode(NodeMode.REMOTE, "http://team-node:8080")
                        .withTheme(Theme.DARK));
        vm.nodeUrlProperty().set("team-node");
        assertThatThrownBy(vm::result).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void queryProvidersAreEditableValidatedAndSaved() throws Exception {
        SettingsViewModel vm = new SettingsViewModel(Settings.defaults());
        assertThat(vm.queryEmbeddedProperty().get()).isTrue();
        assertThat(vm.queryProvidersProperty().get()).isEmpty();
        vm.queryProvidersProperty()
                .set("https://a.example.org/api/federated-search\n\n  http://127.0.0.1:8102 \nnode-3");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).startsWith("Provider 3 (node-3): ");
        vm.queryProvidersProperty().set("https://a.example.org/api/federated-search\n  http://127.0.0.1:8102 ");
        assertThat(vm.validProperty().get()).isTrue();
        vm.queryEmbeddedProperty().set(false);
        Settings result = vm.result();
        assertThat(result.queryEmbedded()).isFalse();
        assertThat(result.queryProviders())
                .containsExactly("https://a.example.org/api/federated-search", "http://127.0.0.1:8102");
        vm.queryProvidersProperty().set(" ");
        assertThat(vm.problemProperty().get()).contains("needs a provider");

        StoredFile<Settings> store = SettingsStore.at(dir.resolve("settings.json"));
        store.save(result);
        assertThat(store.load().value()).isEqualTo(result);
        Files.writeString(dir.resolve("old.json"), "{\"nodeMode\":\"EMBEDDED\"}");
        Settings old = SettingsStore.at(dir.resolve("old.json")).load().value();
        assertThat(old.queryEmbedded()).isTrue();
        assertThat(old.queryProviders()).isEmpty();
        Files.writeString(dir.resolve("bad.json"), "{\"queryProviders\":[\"ftp://x\"]}");
        assertThat(SettingsStore.at(dir.resolve("bad.json")).load().warning())
                .contains("started with default settings");
    }
}

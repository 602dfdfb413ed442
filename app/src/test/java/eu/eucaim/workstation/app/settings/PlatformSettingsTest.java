package eu.eucaim.workstation.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "EUCAIM platform" connection in Settings: its addresses, their checks, the reset, the explorer sign-in. */
class PlatformSettingsTest {
    @TempDir
    Path dir;

    private static SettingsViewModel onThePlatform() {
        SettingsViewModel vm = new SettingsViewModel(Settings.defaults());
        vm.modeProperty().set(NodeMode.PLATFORM);
        return vm;
    }

    @Test
    void choosingThePlatformOffersItsRealAddressesAndSavesThem() {
        SettingsViewModel vm = onThePlatform();
        PlatformForm p = vm.platform();
        assertThat(p.catalogueProperty().get()).isEqualTo("https://catalogue.eucaim.cancerimage.eu");
        assertThat(p.schemaProperty().get()).isEqualTo("Eucaim");
        assertThat(p.explorerProperty().get()).isEqualTo("https://explorer.eucaim.cancerimage.eu/backend/");
        assertThat(p.negotiatorProperty().get()).isEqualTo("https://negotiator.eucaim.cancerimage.eu");
        assertThat(p.helpdeskProperty().get()).isEqualTo("https://helpdesk.eucaim.cancerimage.eu");
        assertThat(p.issuerProperty().get()).isEqualTo("https://login.aai.lifescience-ri.eu/oidc/");
        assertThat(vm.validProperty().get()).isTrue();
        p.negotiatorProperty().set(" https://negotiator.test.example ");
        p.sitesProperty().set("chaimeleon,  upv-node\nprocanceri");
        Settings saved = vm.result();
        assertThat(saved.nodeMode()).isEqualTo(NodeMode.PLATFORM);
        assertThat(saved.platform().negotiator()).isEqualTo("https://negotiator.test.example");
        assertThat(saved.platform().sites()).containsExactly("chaimeleon", "upv-node", "procanceri");
        assertThat(saved.platform().catalogue())
                .isEqualTo(PlatformSettings.defaults().catalogue());
    }

    @Test
    void aBadAddressIsRefusedNamingTheFieldAndWhatItExpects() {
        SettingsViewModel vm = onThePlatform();
        PlatformForm p = vm.platform();
        p.explorerProperty().set("http://explorer.example.org/backend/");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problemProperty().get())
                .startsWith("Explorer: ")
                .contains("https://")
                .contains("only for this computer");
        p.explorerProperty().set("http://127.0.0.1:8055/backend/");
        assertThat(vm.validProperty().get()).as("loopback may be plain http").isTrue();
        p.catalogueProperty().set("");
        assertThat(vm.problemProperty().get())
                .isEqualTo("Catalogue: enter its address, e.g. https://catalogue.eucaim.cancerimage.eu");
        p.catalogueProperty().set("https://catalogue.example.org");
        p.schemaProperty().set("Eucaim; drop");
        assertThat(vm.problemProperty().get()).startsWith("Catalogue schema: ").contains("e.g. Eucaim");
        p.schemaProperty().set("Eucaim");
        p.issuerProperty().set("login.aai.lifescience-ri.eu");
        assertThat(vm.problemProperty().get())
                .startsWith("LS-AAI (sign-in provider): ")
                .contains("http");
        p.issuerProperty().set("https://login.aai.lifescience-ri.eu/oidc/");
        p.helpdeskProperty().set("https://help desk");
        assertThat(vm.problemProperty().get()).startsWith("Helpdesk: ").contains("not a valid URL");
        p.helpdeskProperty().set("https://helpdesk.example.org");
        p.sitesProperty().set("");
        assertThat(vm.problemProperty().get()).startsWith("Explorer sites: name at least one");
        p.sitesProperty().set("chaimeleon, focus.x");
        assertThat(vm.problemProperty().get())
                .isEqualTo("Explorer sites: 'focus.x' is not a site name (letters,"
                        + " digits and - only, one per line or comma-separated).");
        p.sitesProperty().set("chaimeleon");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void anotherConnectionKeepsTheTypedAddressesWithoutBeingBlockedByThem() {
        SettingsViewModel vm = onThePlatform();
        vm.platform().catalogueProperty().set("ftp://nope");
        assertThat(vm.validProperty().get()).isFalse();
        vm.modeProperty().set(NodeMode.EMBEDDED);
        assertThat(vm.validProperty().get()).isTrue();
        vm.modeProperty().set(NodeMode.PLATFORM);
        assertThat(vm.platform().catalogueProperty().get()).isEqualTo("ftp://nope");
    }

    @Test
    void resetPutsThePlatformsAddressesBack() {
        SettingsViewModel vm = onThePlatform();
        PlatformForm p = vm.platform();
        p.catalogueProperty().set("https://elsewhere.example.org");
        p.schemaProperty().set("Other");
        p.sitesProperty().set("a");
        p.reset();
        assertThat(vm.result().platform()).isEqualTo(PlatformSettings.defaults());
    }

    @Test
    void olderFilesWithoutThePlatformLoadWithItsAddresses() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"nodeMode\":\"REMOTE\",\"nodeUrl\":\"http://team:8080\",\"theme\":\"DARK\"}");
        StoredFile.Loaded<Settings> loaded = SettingsStore.at(file).load();
        assertThat(loaded.warning()).isNull();
        assertThat(loaded.value().platform()).isEqualTo(PlatformSettings.defaults());
        Files.writeString(file, "{\"nodeMode\":\"PLATFORM\",\"platform\":{\"negotiator\":\"https://n.example.org\"}}");
        Settings partial = SettingsStore.at(file).load().value();
        assertThat(partial.nodeMode()).isEqualTo(NodeMode.PLATFORM);
        assertThat(partial.platform().negotiator()).isEqualTo("https://n.example.org");
        assertThat(partial.platform().explorer())
                .isEqualTo(PlatformSettings.defaults().explorer());
    }

    @Test
    void savedPlatformSettingsComeBackAndUnusableOnesMeanDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        StoredFile<Settings> store = SettingsStore.at(file);
        PlatformSettings edited = new PlatformSettings(
                "http://127.0.0.1:9000",
                "Test",
                "https://explorer.example.org/backend/",
                "https://negotiator.example.org",
                "https://helpdesk.example.org",
                "https://login.example.org/oidc/",
                List.of("one", "two"));
        Settings s = Settings.defaults().withNode(NodeMode.PLATFORM, "").withPlatform(edited);
        store.save(s);
        assertThat(store.load().value()).isEqualTo(s);
        Files.writeString(file, "{\"nodeMode\":\"PLATFORM\",\"platform\":{\"explorer\":\"http://explorer.example\"}}");
        StoredFile.Loaded<Settings> bad = SettingsStore.at(file).load();
        assertThat(bad.value()).isEqualTo(Settings.defaults());
        assertThat(bad.warning()).contains("started with default settings");
    }

    @Test
    void theExplorerSignInSaysHowItWentAndRefusesABadExplorer() {
        AtomicReference<URI> asked = new AtomicReference<>();
        CompletableFuture<Void> signIn = new CompletableFuture<>();
        ExplorerSignIn explorer = new ExplorerSignIn() {
            @Override
            public CompletableFuture<Void> signIn(URI at) {
                asked.set(at);
                return signIn;
            }

            @Override
            public boolean signedIn() {
                return false;
            }
        };
        SettingsViewModel vm = new SettingsViewModel(Settings.defaults(), explorer);
        PlatformForm p = vm.platform();
        assertThat(p.explorerStatusProperty().get()).startsWith("Not signed in to the explorer");
        p.explorerProperty().set("http://explorer.example.org/");
        p.signInToExplorer();
        assertThat(asked.get()).as("nothing opened for a bad address").isNull();
        assertThat(p.explorerStatusProperty().get()).startsWith("Explorer: ");
        p.reset();
        p.signInToExplorer();
        assertThat(asked.get()).isEqualTo(URI.create("https://explorer.eucaim.cancerimage.eu/backend/"));
        assertThat(p.signingInProperty().get()).isTrue();
        signIn.complete(null);
        assertThat(p.signingInProperty().get()).isFalse();
        assertThat(p.explorerStatusProperty().get()).isEqualTo("Signed in to the explorer for this session.");
    }
}

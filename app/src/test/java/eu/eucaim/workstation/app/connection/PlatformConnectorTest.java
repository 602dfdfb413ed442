package eu.eucaim.workstation.app.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.connection.BackendKind;
import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.app.fx.UserMessageException;
import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.PlatformSettings;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing "EUCAIM platform" in Settings connects to the platform's addresses, with what the shell plugs in. */
class PlatformConnectorTest {
    @TempDir
    Path dir;

    private NodeConnector connector(PlatformClients clients) {
        return new NodeConnector(
                new UserDirectories(dir.resolve("data"), dir.resolve("config")),
                AccessTokenSource.fixed("t"),
                "test",
                message -> {},
                new CompletableFuture<>(),
                new KeptPassword(
                        dir,
                        () -> new eu.eucaim.workstation.client.auth.OsKeyring.Probe(java.util.Optional.empty(), "none"),
                        message -> {}),
                clients);
    }

    @Test
    void thePlatformSettingMakesThePlatformAtItsEditedAddresses() throws Exception {
        PlatformSettings edited = new PlatformSettings(
                "https://catalogue.test.example",
                "Test",
                "https://explorer.test.example/backend/",
                "https://negotiator.test.example",
                "https://helpdesk.test.example",
                "https://login.test.example/oidc/",
                List.of("one"));
        ExplorerSession session = new ExplorerSession();
        try (Backend b = connector(PlatformClients.of(session))
                .connect(Settings.defaults().withNode(NodeMode.PLATFORM, "").withPlatform(edited))) {
            assertThat(b.kind()).isEqualTo(BackendKind.PLATFORM);
            assertThat(b.address()).isEqualTo(URI.create("https://catalogue.test.example"));
            assertThat(b.signInIssuer()).isEqualTo(URI.create("https://login.test.example/oidc/"));
            assertThat(b.queryProviders().get(5, TimeUnit.SECONDS))
                    .extracting(QueryProvider::name)
                    .containsExactly("one");
        }
    }

    @Test
    void thePlatformsCatalogueIsReadOverEmx2AsTheNodeServesIt() throws Exception {
        try (EucaimNode node = EucaimNode.start(
                NodeConfig.defaults(dir.resolve("node"), 5).withDatasetCount(12).withDemoImageDatasets(0))) {
            node.demoDataComplete().get(60, TimeUnit.SECONDS);
            PlatformSettings atTheNode = PlatformSettings.defaults();
            atTheNode = new PlatformSettings(
                    node.baseUri().toString(),
                    "Eucaim",
                    atTheNode.explorer(),
                    atTheNode.negotiator(),
                    atTheNode.helpdesk(),
                    atTheNode.issuer(),
                    atTheNode.sites());
            try (Backend b = connector(PlatformClients.of(new ExplorerSession()))
                    .connect(Settings.defaults().withNode(NodeMode.PLATFORM, "").withPlatform(atTheNode))) {
                DatasetPage page = b.catalogue().search(DatasetQuery.all()).get(30, TimeUnit.SECONDS);
                DatasetPage rest = new eu.eucaim.workstation.client.catalogue.HttpCatalogueClient(
                                eu.eucaim.workstation.client.ClientConfig.of(node.baseUri()))
                        .search(DatasetQuery.all())
                        .get(30, TimeUnit.SECONDS);
                assertThat(page.total()).isEqualTo(rest.total()).isPositive();
                assertThat(page.facets().get("modality")).isNotEmpty();
            }
        }
    }

    @Test
    void unusablePlatformAddressesAreRefusedNamingTheField() {
        PlatformSettings bad = PlatformSettings.defaults();
        bad = new PlatformSettings(
                bad.catalogue(),
                bad.schema(),
                "http://explorer.example.org/",
                bad.negotiator(),
                bad.helpdesk(),
                bad.issuer(),
                bad.sites());
        Settings s = Settings.defaults().withNode(NodeMode.PLATFORM, "").withPlatform(bad);
        assertThatThrownBy(() ->
                        connector(PlatformClients.of(new ExplorerSession())).connect(s))
                .isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("The EUCAIM platform's settings cannot be used: Explorer: ");
    }

    @Test
    void theExplorerSessionIsKeptInMemoryAndDroppedWhenRefusedNeverShown() {
        ExplorerSession session = new ExplorerSession();
        assertThat(session.cookie()).isEmpty();
        session.keep("_eucaim_explorer_oauth2=s3cr3t");
        assertThat(session.signedIn()).isTrue();
        assertThat(session.toString()).doesNotContain("s3cr3t");
        session.refused();
        assertThat(session.cookie()).isEmpty();
        assertThatThrownBy(() -> session.keep(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}

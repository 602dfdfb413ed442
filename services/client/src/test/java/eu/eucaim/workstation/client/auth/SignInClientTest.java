package eu.eucaim.workstation.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign in, restore in a "later run", share with another process, sign out: against a real node over loopback. */
class SignInClientTest {
    private static final String CLIENT_ID = "eucaim-workstation";

    @TempDir
    static Path temp;

    private static EucaimNode node;
    private final List<String> notices = new ArrayList<>();

    @BeforeAll
    static void start() {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        node = EucaimNode.start(NodeConfig.defaults(temp.resolve("node"), 5).withDatasetCount(3));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private SignInClient client(Path dir, SecretStore keyring) {
        return new SignInClient(
                new SignInStorage(dir, SignInStorage.fixed(keyring, "no keyring in this test"), notices::add),
                Duration.ofSeconds(20));
    }

    @Test
    void signInIsRestoredByALaterRunAndSignOutForgetsIt(@TempDir Path dir) throws Exception {
        SignInClient.SignedIn signedIn = client(dir, null)
                .signIn(node.baseUri(), CLIENT_ID, FormFillingBrowser.signingInAs("steward", "steward"))
                .get(30, TimeUnit.SECONDS);
        assertThat(signedIn.displayName()).isEqualTo("steward");
        assertThat(signedIn.identity().roles()).containsExactly(Role.DATA_STEWARD);
        assertThat(signedIn.issuer()).isEqualTo(node.baseUri());

        SignInClient later = client(dir, null);
        SignInClient.SignedIn restored =
                later.restore(node.baseUri(), CLIENT_ID).orElseThrow();
        assertThat(restored.displayName()).isEqualTo("steward");
        assertThat(restored.clientId()).isEqualTo(CLIENT_ID);

        later.signOut();
        assertThat(client(dir, null).restore(node.baseUri(), CLIENT_ID)).isEmpty();
        assertThat(client(dir, null).savedSession()).isEmpty();
    }

    @Test
    void aKeyringSignInRefreshesOnRestore(@TempDir Path dir) throws Exception {
        InMemorySecrets keyring = new InMemorySecrets();
        SignInClient.SignedIn first = client(dir, keyring)
                .signIn(node.baseUri(), CLIENT_ID, FormFillingBrowser.signingInAs("researcher", "researcher"))
                .get(30, TimeUnit.SECONDS);
        String firstRefresh = first.session().tokens().refreshToken();
        assertThat(keyring.entries.values()).containsExactly(firstRefresh);

        SignInClient.SignedIn restored =
                client(dir, keyring).restore(node.baseUri(), CLIENT_ID).orElseThrow();
        assertThat(restored.displayName()).isEqualTo("researcher");
        // The keyring had only the refresh token: restoring used it, and the rotated one is saved.
        assertThat(restored.session().tokens().refreshToken()).isNotEqualTo(firstRefresh);
        assertThat(keyring.entries.values())
                .containsExactly(restored.session().tokens().refreshToken());
    }

    @Test
    void twoProcessesSharingASignInDoNotEndItByRefreshing(@TempDir Path dir) throws Exception {
        SignInClient.SignedIn desktop = client(dir, null)
                .signIn(node.baseUri(), CLIENT_ID, FormFillingBrowser.signingInAs("agent", "agent"))
                .get(30, TimeUnit.SECONDS);
        // The command line refreshes the shared sign-in (rotating the refresh token) ...
        Session cli = client(dir, null).savedSession().orElseThrow();
        TokenEndpointClient endpoint = new TokenEndpointClient(node.baseUri().resolve("/oauth2/token"), CLIENT_ID);
        SignInStorage.Restorable saved = new SignInStorage(dir, SignInStorage.fixed(null, "none"), notices::add)
                .load()
                .orElseThrow();
        Clock late = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        Session lateCli = new Session(cli.tokens(), endpoint, saved.store(), late, Session.DEFAULT_MARGIN);
        lateCli.accessToken();
        // ... then the desktop's token expires too: it takes over the newer saved one instead of reusing its own.
        Session lateDesktop =
                new Session(desktop.session().tokens(), endpoint, saved.store(), late, Session.DEFAULT_MARGIN);
        String token = lateDesktop.accessToken();
        assertThat(new UserInfoClient()
                        .fetch(node.baseUri().resolve("/api/me"), token)
                        .username())
                .isEqualTo("agent");
    }

    @Test
    void deniedTimedOutAndCancelledSignInsSaveNothing(@TempDir Path dir) throws Exception {
        SignInClient c = new SignInClient(
                new SignInStorage(dir, SignInStorage.fixed(null, "none"), notices::add), Duration.ofMillis(800));
        assertThat(failure(c.signIn(node.baseUri(), CLIENT_ID, new FormFillingBrowser(Map.of("cancel", "1")))))
                .isInstanceOf(LoginDeniedException.class);
        assertThat(failure(c.signIn(node.baseUri(), CLIENT_ID, url -> {}))).isInstanceOf(LoginTimeoutException.class);

        CompletableFuture<URI> opened = new CompletableFuture<>();
        CompletableFuture<SignInClient.SignedIn> waiting =
                client(dir, null).signIn(node.baseUri(), CLIENT_ID, opened::complete);
        opened.get(20, TimeUnit.SECONDS);
        waiting.cancel(true);
        assertThatThrownBy(waiting::join).isInstanceOf(CancellationException.class);
        assertThat(c.restore(node.baseUri(), CLIENT_ID)).isEmpty();
    }

    @Test
    void aSavedSignInIsCarriedOverToTheSameLoopbackProviderOnAnotherPortButNotToAnotherProvider(@TempDir Path dir)
            throws Exception {
        client(dir, null)
                .signIn(node.baseUri(), CLIENT_ID, FormFillingBrowser.signingInAs("researcher", "researcher"))
                .get(30, TimeUnit.SECONDS);
        // Pretend it was saved by an earlier run of the embedded node, on another port.
        Path record = dir.resolve(SignInStorage.RECORD_FILE);
        java.nio.file.Files.writeString(
                record,
                java.nio.file.Files.readString(record)
                        .replace(node.baseUri().toString().replaceAll("/$", ""), "http://127.0.0.1:1"));

        assertThatThrownBy(() -> client(dir, null).restore(URI.create("https://login.example.org"), CLIENT_ID))
                .isInstanceOf(AuthException.class)
                .hasMessageContaining("http://127.0.0.1:1");
        assertThatThrownBy(() -> client(dir, null).restore(node.baseUri(), "another-client"))
                .isInstanceOf(AuthException.class);

        SignInClient.SignedIn restored =
                client(dir, null).restore(node.baseUri(), CLIENT_ID).orElseThrow();
        assertThat(restored.displayName()).isEqualTo("researcher");
        assertThat(java.nio.file.Files.readString(record))
                .contains(node.baseUri().getAuthority());
        // The new token is the new address's: the node accepts it.
        assertThat(new UserInfoClient()
                        .fetch(
                                node.baseUri().resolve("/api/me"),
                                restored.session().accessToken())
                        .username())
                .isEqualTo("researcher");
    }

    @Test
    void aSignInAtALocalKeycloakIsNotCarriedOverToTheEmbeddedNode(@TempDir Path dir) throws Exception {
        try (KeycloakLikeProvider keycloak = new KeycloakLikeProvider("researcher", List.of("researcher"), List.of())) {
            client(dir, null)
                    .signIn(keycloak.issuer(), CLIENT_ID, KeycloakLikeProvider.browser())
                    .get(30, TimeUnit.SECONDS);
            Path record = dir.resolve(SignInStorage.RECORD_FILE);
            String saved = java.nio.file.Files.readString(record);
            keycloak.requests();

            // Both on loopback, same client id: only the keys tell them apart.
            assertThatThrownBy(() -> client(dir, null).restore(node.baseUri(), CLIENT_ID))
                    .isInstanceOf(AuthException.class)
                    .hasMessage("The saved sign-in is for " + keycloak.issuer() + " (client " + CLIENT_ID
                            + "), not for " + node.baseUri() + " (another provider on this computer); sign in again");

            // Left alone: the record names Keycloak still, and Keycloak's refresh token was neither sent to the node
            // nor spent: it still works at Keycloak.
            assertThat(java.nio.file.Files.readString(record)).isEqualTo(saved);
            String refreshToken = new SignInStorage(dir, SignInStorage.fixed(null, "none"), notices::add)
                    .load()
                    .orElseThrow()
                    .tokens()
                    .refreshToken();
            new TokenEndpointClient(OidcDiscovery.fetch(keycloak.issuer()).tokenEndpoint(), CLIENT_ID)
                    .refresh(refreshToken);
        }
    }

    @Test
    void aLoopbackSignInSavedWithoutItsProvidersKeysIsNotCarriedOver(@TempDir Path dir) throws Exception {
        client(dir, null)
                .signIn(node.baseUri(), CLIENT_ID, FormFillingBrowser.signingInAs("researcher", "researcher"))
                .get(30, TimeUnit.SECONDS);
        // As an earlier version wrote it: no keys, and the node has moved to another port since.
        Path record = dir.resolve(SignInStorage.RECORD_FILE);
        assertThat(java.nio.file.Files.readString(record)).containsPattern("\"providerKeys\"\\s*:\\s*\\[\"");
        java.nio.file.Files.writeString(
                record,
                java.nio.file.Files.readString(record)
                        .replace(node.baseUri().toString().replaceAll("/$", ""), "http://127.0.0.1:1")
                        .replaceAll("\"providerKeys\"\\s*:\\s*\\[[^\\]]*\\]", "\"providerKeys\":[]"));

        assertThatThrownBy(() -> client(dir, null).restore(node.baseUri(), CLIENT_ID))
                .isInstanceOf(AuthException.class)
                .hasMessageContaining("another provider on this computer");
        assertThat(java.nio.file.Files.readString(record)).contains("http://127.0.0.1:1");
    }

    @Test
    void anUnreachableIssuerFailsWithAClearMessage(@TempDir Path dir) {
        Throwable t = failure(client(dir, null).signIn(URI.create("http://127.0.0.1:1"), CLIENT_ID, url -> {}));
        assertThat(t).isInstanceOf(AuthException.class).hasMessageContaining("Cannot reach the sign-in provider");
    }

    private static Throwable failure(CompletableFuture<?> f) {
        assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        return f.handle((v, e) -> e).join();
    }
}

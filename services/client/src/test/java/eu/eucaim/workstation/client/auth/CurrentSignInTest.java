package eu.eucaim.workstation.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.SignInEndedException;
import eu.eucaim.workstation.api.auth.SignedIn;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's sign-in service against a real node's provider: the current sign-in, its tokens, and its end. */
class CurrentSignInTest {
    private static final String CLIENT_ID = "eucaim-workstation";

    @TempDir
    static Path temp;

    private static EucaimNode node;
    private final ExecutorService io = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void start() {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        node = EucaimNode.start(NodeConfig.defaults(temp.resolve("node"), 6).withDatasetCount(3));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @AfterEach
    void shutdown() {
        io.shutdownNow();
    }

    private CurrentSignIn service(Path dir) {
        return new CurrentSignIn(
                new SignInClient(
                        new SignInStorage(dir, SignInStorage.fixed(null, "no keyring in this test"), line -> {}),
                        Duration.ofSeconds(20)),
                io);
    }

    @Test
    void tokensAreTheCurrentUsersAndNobodysAfterSignOut(@TempDir Path dir) throws Exception {
        CurrentSignIn service = service(dir);
        assertThatThrownBy(() -> service.tokens().accessToken())
                .isInstanceOf(AuthException.class)
                .hasMessage("Not signed in: sign in first");
        assertThat(service.hasSavedSignIn().get(5, TimeUnit.SECONDS)).isFalse();

        SignedIn user = service.signIn(node.baseUri(), CLIENT_ID, FormFillingBrowser.signingInAs("steward", "steward"))
                .get(30, TimeUnit.SECONDS);
        assertThat(user.displayName()).isEqualTo("steward");
        String token = service.tokens().accessToken();
        assertThat(new UserInfoClient()
                        .fetch(node.baseUri().resolve("/api/me"), token)
                        .username())
                .isEqualTo("steward");
        assertThat(service.hasSavedSignIn().get(5, TimeUnit.SECONDS)).isTrue();

        service.signOut().get(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> service.tokens().accessToken()).isInstanceOf(AuthException.class);
        assertThat(service.hasSavedSignIn().get(5, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void aRestoredSignInIsCurrent(@TempDir Path dir) throws Exception {
        service(dir)
                .signIn(node.baseUri(), CLIENT_ID, FormFillingBrowser.signingInAs("agent", "agent"))
                .get(30, TimeUnit.SECONDS);
        CurrentSignIn nextRun = service(dir);
        Optional<SignedIn> restored = nextRun.restore(node.baseUri(), CLIENT_ID).get(30, TimeUnit.SECONDS);
        assertThat(restored).map(SignedIn::displayName).hasValue("agent");
        assertThat(nextRun.tokens().accessToken()).isNotBlank();
    }

    @Test
    void aRejectedTokenIsRenewedOnce(@TempDir Path dir) throws Exception {
        CurrentSignIn service = service(dir);
        service.signIn(node.baseUri(), CLIENT_ID, FormFillingBrowser.signingInAs("researcher", "researcher"))
                .get(30, TimeUnit.SECONDS);
        String rejected = service.tokens().accessToken();
        String renewed = service.tokens().renewAfterRejection(rejected).orElseThrow();
        assertThat(renewed).isNotEqualTo(rejected);
        assertThat(service.tokens().accessToken()).isEqualTo(renewed);
        assertThat(service.tokens().renewAfterRejection(rejected))
                .as("a second caller with the old token gets the renewed one, without another refresh")
                .hasValue(renewed);
    }

    @Test
    void whenTheProviderEndsTheSignInTheListenersHearItOnceAndNobodyIsSignedIn(@TempDir Path dir) throws Exception {
        CurrentSignIn service = service(dir);
        List<String> ended = new CopyOnWriteArrayList<>();
        service.onSignInEnded(ended::add);
        service.signIn(node.baseUri(), CLIENT_ID, FormFillingBrowser.signingInAs("researcher", "researcher"))
                .get(30, TimeUnit.SECONDS);
        String token = service.tokens().accessToken();
        // Another process "rotated" the refresh token to one the provider does not know: the session adopts the
        // saved one (as it must after a real rotation elsewhere) and the provider refuses it.
        Path tokens = dir.resolve(SignInStorage.TOKEN_FILE);
        Files.writeString(
                tokens,
                Files.readString(tokens)
                        .replaceAll("\"refreshToken\"\\s*:\\s*\"[^\"]+\"", "\"refreshToken\":\"revoked\""));

        assertThatThrownBy(() -> service.tokens().renewAfterRejection(token))
                .isInstanceOf(SignInEndedException.class)
                .hasMessage("Your sign-in has ended; sign in again.");
        assertThat(ended).containsExactly("Your sign-in has ended; sign in again.");
        assertThatThrownBy(() -> service.tokens().accessToken())
                .isInstanceOf(AuthException.class)
                .hasMessage("Not signed in: sign in first");
        assertThat(ended).hasSize(1);
    }
}

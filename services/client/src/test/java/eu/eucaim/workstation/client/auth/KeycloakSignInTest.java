package eu.eucaim.workstation.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.Role;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in against a provider that behaves like Keycloak ({@link KeycloakLikeProvider}): roles from its access
 * token, sign-out that revokes and ends the session there, and a refused refresh that leaves alone what another
 * process saved meanwhile.
 */
class KeycloakSignInTest {
    private static final String CLIENT_ID = "eucaim-workstation";

    private final KeycloakLikeProvider keycloak =
            new KeycloakLikeProvider("steward", List.of("data_steward"), List.of("admin"));

    @AfterEach
    void stop() {
        keycloak.close();
    }

    private static SignInClient client(Path dir, SecretStore keyring) {
        return new SignInClient(
                new SignInStorage(dir, SignInStorage.fixed(keyring, "no keyring in this test"), line -> {}),
                Duration.ofSeconds(20));
    }

    private SignInClient.SignedIn signIn(SignInClient client) throws Exception {
        return client.signIn(keycloak.issuer(), CLIENT_ID, KeycloakLikeProvider.browser())
                .get(30, TimeUnit.SECONDS);
    }

    private TokenEndpointClient tokenEndpoint() {
        return new TokenEndpointClient(OidcDiscovery.fetch(keycloak.issuer()).tokenEndpoint(), CLIENT_ID);
    }

    @Test
    void theRolesInKeycloaksAccessTokenAreTheUsersRolesAtSignInAndRestore(@TempDir Path dir) throws Exception {
        SignInClient.SignedIn signedIn = signIn(client(dir, null));
        // As at a Keycloak with its default mappers: the roles are in the access token only.
        TokenSet tokens = signedIn.session().tokens();
        assertThat(JwtClaims.unverified(tokens.accessToken()).orElseThrow().has("realm_access"))
                .isTrue();
        assertThat(JwtClaims.unverified(tokens.idToken()).orElseThrow().has("realm_access"))
                .isFalse();
        assertThat(new UserInfoClient()
                        .claims(OidcDiscovery.fetch(keycloak.issuer()).userinfoEndpoint(), tokens.accessToken())
                        .has("realm_access"))
                .isFalse();

        assertThat(signedIn.displayName()).isEqualTo("steward");
        // realm_access.roles gives data_steward, resource_access.eucaim-workstation.roles admin; offline_access,
        // default-roles-eucaim and the account client's roles are not roles of the workstation.
        assertThat(signedIn.identity().roles()).containsExactlyInAnyOrder(Role.DATA_STEWARD, Role.ADMIN);
        assertThat(client(dir, null)
                        .restore(keycloak.issuer(), CLIENT_ID)
                        .orElseThrow()
                        .identity()
                        .roles())
                .containsExactlyInAnyOrder(Role.DATA_STEWARD, Role.ADMIN);
    }

    @Test
    void signingOutRevokesTheRefreshTokenAndEndsTheProvidersSessionWithTheIdToken(@TempDir Path dir) throws Exception {
        SignInClient.SignedIn signedIn = signIn(client(dir, null));
        TokenSet tokens = signedIn.session().tokens();
        keycloak.requests();

        SignInClient.SignedOut out = client(dir, null).signOut(signedIn);

        assertThat(out.wasSignedIn()).isTrue();
        assertThat(out.providerNotTold()).isEmpty();
        List<RecordedRequest> told = keycloak.requests();
        RecordedRequest endSession = only(told, "/endsession");
        assertThat(endSession.getMethod()).isEqualTo("GET");
        assertThat(endSession.getRequestUrl().queryParameter("id_token_hint")).isEqualTo(tokens.idToken());
        assertThat(endSession.getRequestUrl().queryParameter("client_id")).isEqualTo(CLIENT_ID);
        RecordedRequest revoke = only(told, "/revoke");
        assertThat(revoke.getMethod()).isEqualTo("POST");
        assertThat(revoke.getBody().readUtf8()).contains("token_type_hint=refresh_token");
        assertThatThrownBy(() -> tokenEndpoint().refresh(tokens.refreshToken()))
                .isInstanceOf(TokenEndpointException.class)
                .hasMessageContaining("invalid_grant");
        assertNothingSavedIn(dir);
    }

    @Test
    void theCommandLineRevokesASignInKeptInTheKeyringWhichHasNoIdToken(@TempDir Path dir) throws Exception {
        InMemorySecrets keyring = new InMemorySecrets();
        String refreshToken = signIn(client(dir, keyring)).session().tokens().refreshToken();
        keycloak.requests();

        SignInClient.SignedOut out = client(dir, keyring).signOut();

        assertThat(out).isEqualTo(new SignInClient.SignedOut(true, java.util.Optional.empty()));
        List<RecordedRequest> told = keycloak.requests();
        assertThat(told).noneMatch(r -> r.getPath().contains("/endsession"));
        only(told, "/revoke");
        assertThat(keyring.entries).isEmpty();
        assertThatThrownBy(() -> tokenEndpoint().refresh(refreshToken)).isInstanceOf(TokenEndpointException.class);
    }

    @Test
    void aProviderThatCannotBeToldDoesNotKeepTheSignInHereAndOneLineSaysSo(@TempDir Path dir) throws Exception {
        SignInClient.SignedIn signedIn = signIn(client(dir, null));
        TokenSet tokens = signedIn.session().tokens();
        keycloak.close();

        SignInClient.SignedOut out = client(dir, null).signOut(signedIn);

        assertNothingSavedIn(dir);
        assertThat(out.wasSignedIn()).isTrue();
        assertThat(out.providerNotTold())
                .hasValueSatisfying(line -> assertThat(line)
                        .startsWith("Signed out here, but the sign-in provider could not be told (Cannot reach")
                        .doesNotContain("\n")
                        .doesNotContain(tokens.refreshToken())
                        .doesNotContain(tokens.idToken()));
        assertThat(client(dir, null).signOut())
                .isEqualTo(new SignInClient.SignedOut(false, java.util.Optional.empty()));
    }

    @Test
    void theAppsSignOutEndsTheSessionWithTheIdTokenOfTheSignInInUseThoughTheKeyringKeepsNone(@TempDir Path dir)
            throws Exception {
        InMemorySecrets keyring = new InMemorySecrets();
        signIn(client(dir, keyring));
        ExecutorService io = Executors.newSingleThreadExecutor();
        try {
            CurrentSignIn app = new CurrentSignIn(client(dir, keyring), io);
            app.restore(keycloak.issuer(), CLIENT_ID).get(30, TimeUnit.SECONDS).orElseThrow();
            // The restore refreshed the refresh token it found in the keyring and got an ID token with it; the keyring
            // keeps none.
            assertThat(new SignInStorage(dir, SignInStorage.fixed(keyring, null), line -> {})
                            .load()
                            .orElseThrow()
                            .tokens()
                            .idToken())
                    .isNull();
            keycloak.requests();

            app.signOut().get(30, TimeUnit.SECONDS);

            List<RecordedRequest> told = keycloak.requests();
            assertThat(only(told, "/endsession").getRequestUrl().queryParameter("id_token_hint"))
                    .isNotBlank();
            only(told, "/revoke");
            assertThat(keyring.entries).isEmpty();
            assertThat(app.hasSavedSignIn().get(5, TimeUnit.SECONDS)).isFalse();
        } finally {
            io.shutdownNow();
        }
    }

    @Test
    void theAppsSignOutSaysInOneLineThatTheProviderWasNotToldAndForgetsTheSignIn(@TempDir Path dir) throws Exception {
        ExecutorService io = Executors.newSingleThreadExecutor();
        try {
            CurrentSignIn app = new CurrentSignIn(client(dir, null), io);
            app.signIn(keycloak.issuer(), CLIENT_ID, KeycloakLikeProvider.browser())
                    .get(30, TimeUnit.SECONDS);
            keycloak.close();

            assertThatThrownBy(() -> app.signOut().get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(AuthException.class)
                    .cause()
                    .hasMessageStartingWith("Signed out here, but the sign-in provider could not be told");
            assertThatThrownBy(() -> app.tokens().accessToken()).hasMessage("Not signed in: sign in first");
            assertThat(app.hasSavedSignIn().get(5, TimeUnit.SECONDS)).isFalse();
        } finally {
            io.shutdownNow();
        }
    }

    @Test
    void aRefusedRefreshDoesNotDeleteASignInAnotherProcessSavedMeanwhile(@TempDir Path dir) throws Exception {
        SignInClient.SignedIn signedIn = signIn(client(dir, null));
        TokenSet ours = signedIn.session().tokens();
        TokenStore store = new SignInStorage(dir, SignInStorage.fixed(null, "none"), line -> {})
                .load()
                .orElseThrow()
                .store();
        // Another process rotates the refresh token while ours is on its way, and saves the new one without
        // waiting for our lock (an older version, a file system without locks): ours is refused as a used one.
        TokenSet theirs = tokenEndpoint().refresh(ours.refreshToken());
        OkHttpClient savingMeanwhile = AuthHttp.DEFAULT
                .newBuilder()
                .addInterceptor(chain -> {
                    store.save(theirs);
                    return chain.proceed(chain.request());
                })
                .build();
        TokenEndpointClient endpoint = new TokenEndpointClient(
                OidcDiscovery.fetch(keycloak.issuer()).tokenEndpoint(), CLIENT_ID, savingMeanwhile, Clock.systemUTC());
        Session session = new Session(
                new TokenSet(ours.accessToken(), ours.refreshToken(), null, Instant.EPOCH, null),
                endpoint,
                store,
                Clock.systemUTC(),
                Session.DEFAULT_MARGIN);

        assertThatThrownBy(session::accessToken)
                .isInstanceOf(TokenEndpointException.class)
                .hasMessageContaining("invalid_grant");
        assertThat(store.load()).hasValue(theirs);
        assertThat(Files.exists(dir.resolve(SignInStorage.RECORD_FILE))).isTrue();
    }

    private static void assertNothingSavedIn(Path dir) {
        assertThat(dir.resolve(SignInStorage.RECORD_FILE)).doesNotExist();
        assertThat(dir.resolve(SignInStorage.TOKEN_FILE)).doesNotExist();
    }

    private static RecordedRequest only(List<RecordedRequest> requests, String pathEnd) {
        List<RecordedRequest> matching = requests.stream()
                .filter(r -> URI.create(r.getPath()).getPath().endsWith(pathEnd))
                .toList();
        assertThat(matching).as(pathEnd).hasSize(1);
        return matching.get(0);
    }
}

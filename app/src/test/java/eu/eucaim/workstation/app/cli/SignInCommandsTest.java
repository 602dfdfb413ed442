package eu.eucaim.workstation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.auth.BrowserOpener;
import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import eu.eucaim.workstation.client.auth.KeycloakLikeProvider;
import eu.eucaim.workstation.client.auth.SignInStorage;
import eu.eucaim.workstation.client.auth.TokenEndpointClient;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code eucaim login}, {@code whoami}, {@code logout} in-process against a real node on loopback. The browser is a
 * test hook that fills in the node's login form over HTTP; everything else (PKCE, loopback callback, saving,
 * refreshing, {@code /api/me}) is the real thing.
 */
class SignInCommandsTest {
    @TempDir
    static Path home;

    static EucaimNode node;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        System.setProperty("eucaim.home", home.toString());
        node = EucaimNode.start(NodeConfig.defaults(home.resolve("node"), 3).withDatasetCount(3));
    }

    @AfterAll
    static void stop() {
        node.close();
        System.clearProperty("eucaim.home");
    }

    private int run(BrowserOpener browser, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == LoginCommand.class
                        ? type.cast(new LoginCommand(browser))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        return Cli.run(factory, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void loginWhoamiLogout() throws Exception {
        String issuer = node.baseUri().toString();
        assertThat(run(FormFillingBrowser.signingInAs("researcher", "researcher"), "login", "--issuer", issuer))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).isEqualTo("signed in as researcher (researcher)" + System.lineSeparator());
        Path config = home.resolve("config");
        assertThat(Files.readString(config.resolve(SignInStorage.RECORD_FILE)))
                .contains(issuer.replaceAll("/$", ""))
                .contains("eucaim-workstation");
        // No keyring on a test machine: one note says where the sign-in went, without any token.
        assertThat(err.toString()).contains("note: No OS keyring").contains(SignInStorage.TOKEN_FILE);
        String saved = Files.readString(config.resolve(SignInStorage.TOKEN_FILE));
        String refreshToken = saved.replaceAll("(?s).*\"refreshToken\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(err.toString()).doesNotContain(refreshToken);

        // whoami finds the node from the saved sign-in and uses its token.
        assertThat(run(null, "whoami")).as(err.toString()).isZero();
        assertThat(out.toString())
                .startsWith("user: researcher" + System.lineSeparator())
                .contains("roles: researcher");

        // --token wins over the saved sign-in.
        assertThat(run(null, "whoami", "--token", "not-a-token", "--node", issuer))
                .isEqualTo(Cli.FAILED);
        assertThat(err.toString()).startsWith("whoami: ").contains("401").doesNotContain("not-a-token");

        assertThat(run(null, "logout")).isZero();
        assertThat(out.toString()).isEqualTo("signed out" + System.lineSeparator());
        assertThat(config.resolve(SignInStorage.TOKEN_FILE)).doesNotExist();

        assertThat(run(null, "whoami", "--node", issuer)).isEqualTo(Cli.FAILED);
        assertThat(err.toString().strip())
                .isEqualTo("whoami: not signed in: run 'eucaim login', or pass --token or" + " set EUCAIM_TOKEN");
        assertThat(run(null, "logout")).isZero();
        assertThat(out.toString()).isEqualTo("not signed in" + System.lineSeparator());
    }

    @Test
    void loginAtKeycloakShowsTheRolesInItsAccessTokenAndLogoutEndsTheSignInThere() throws Exception {
        try (KeycloakLikeProvider keycloak =
                new KeycloakLikeProvider("steward", List.of("data_steward"), List.of("admin"))) {
            String issuer = keycloak.issuer().toString();
            assertThat(run(KeycloakLikeProvider.browser(), "login", "--issuer", issuer))
                    .as(err.toString())
                    .isZero();
            assertThat(out.toString()).isEqualTo("signed in as steward (admin, data_steward)" + System.lineSeparator());
            String refreshToken = savedRefreshToken();
            keycloak.requests();

            assertThat(run(null, "logout")).isZero();

            assertThat(out.toString()).isEqualTo("signed out" + System.lineSeparator());
            assertThat(err.toString()).doesNotContain("note:");
            assertThat(keycloak.requests())
                    .extracting(
                            r -> r.getMethod() + " " + URI.create(r.getPath()).getPath())
                    .containsExactly(
                            "GET /" + KeycloakLikeProvider.REALM + "/.well-known/openid-configuration",
                            "GET /" + KeycloakLikeProvider.REALM + "/endsession",
                            "POST /" + KeycloakLikeProvider.REALM + "/revoke");
            assertThatThrownBy(() -> new TokenEndpointClient(URI.create(issuer + "/token"), "eucaim-workstation")
                            .refresh(refreshToken))
                    .hasMessageContaining("invalid_grant");
        }
    }

    @Test
    void logoutForgetsTheSignInWhenTheProviderCannotBeToldAndSaysSoInOneLine() throws Exception {
        try (KeycloakLikeProvider keycloak = new KeycloakLikeProvider("researcher", List.of("researcher"), List.of())) {
            assertThat(run(
                            KeycloakLikeProvider.browser(),
                            "login",
                            "--issuer",
                            keycloak.issuer().toString()))
                    .as(err.toString())
                    .isZero();
            String refreshToken = savedRefreshToken();
            keycloak.close();

            assertThat(run(null, "logout")).isZero();

            assertThat(out.toString()).isEqualTo("signed out" + System.lineSeparator());
            assertThat(err.toString().lines().toList())
                    .singleElement()
                    .asString()
                    .startsWith("note: Signed out here, but the sign-in provider could not be told (Cannot reach")
                    .endsWith("the sign-in stays open there until it expires.")
                    .doesNotContain(refreshToken);
            assertThat(home.resolve("config").resolve(SignInStorage.RECORD_FILE))
                    .doesNotExist();
            assertThat(home.resolve("config").resolve(SignInStorage.TOKEN_FILE)).doesNotExist();
        }
    }

    private static String savedRefreshToken() throws Exception {
        return Files.readString(home.resolve("config").resolve(SignInStorage.TOKEN_FILE))
                .replaceAll("(?s).*\"refreshToken\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    @Test
    void anAbandonedLoginStopsAfterTheTimeoutAndSaysSo() {
        assertThat(run(url -> {}, "login", "--issuer", node.baseUri().toString(), "--timeout", "1"))
                .isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("login: No answer from the browser within 1 s");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aDeniedLoginSaysSo() {
        assertThat(run(
                        new FormFillingBrowser(Map.of("cancel", "1")),
                        "login",
                        "--issuer",
                        node.baseUri().toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("login: Sign-in was cancelled or refused");
    }

    @Test
    void loginWithoutAProviderSaysHowToGiveOne() {
        assertThat(run(url -> {}, "login")).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).startsWith("login: no sign-in provider: pass --issuer URL");
    }

    @Test
    void tokenOptionsPreferTheOptionThenTheEnvironment() {
        TokenOptions options = new TokenOptions();
        assertThat(options.source(Map.of("EUCAIM_TOKEN", "from-env")).accessToken())
                .isEqualTo("from-env");
        options.token = "from-option";
        assertThat(options.source(Map.of("EUCAIM_TOKEN", "from-env")).accessToken())
                .isEqualTo("from-option");
        assertThat(options.source(Map.of()).toString()).doesNotContain("from-option");
    }
}

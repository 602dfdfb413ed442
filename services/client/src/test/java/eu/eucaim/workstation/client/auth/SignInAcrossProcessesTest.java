package eu.eucaim.workstation.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three {@code eucaim} commands started together, each a JVM of its own ({@link RefreshingProcess}), over one saved
 * sign-in whose access token has expired, at a provider that rotates refresh tokens and refuses a used one: all three
 * get a token and the sign-in stays saved, because refreshes are serialised by the lock beside the record and each
 * process reads the saved sign-in again once it holds the lock.
 */
class SignInAcrossProcessesTest {
    private static final String CLIENT_ID = "eucaim-workstation";

    @Test
    void threeProcessesRefreshingTogetherAllSucceedAndKeepTheSignIn(@TempDir Path config, @TempDir Path temp)
            throws Exception {
        try (KeycloakLikeProvider keycloak = new KeycloakLikeProvider("researcher", List.of("researcher"), List.of())) {
            SignInStorage storage = new SignInStorage(config, SignInStorage.fixed(null, "none"), line -> {});
            new SignInClient(storage, Duration.ofSeconds(20))
                    .signIn(keycloak.issuer(), CLIENT_ID, KeycloakLikeProvider.browser())
                    .get(30, TimeUnit.SECONDS);
            TokenStore store = storage.load().orElseThrow().store();
            TokenSet signedIn = store.load().orElseThrow();
            store.save(new TokenSet(
                    signedIn.accessToken(), signedIn.refreshToken(), signedIn.idToken(), Instant.EPOCH, null));

            Path go = temp.resolve("go");
            List<Process> commands = new ArrayList<>();
            List<BufferedReader> outputs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Process p = new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-Xmx64m",
                                "-XX:TieredStopAtLevel=1",
                                "-cp",
                                System.getProperty("java.class.path"),
                                RefreshingProcess.class.getName(),
                                config.toString(),
                                go.toString())
                        .redirectErrorStream(true)
                        .start();
                commands.add(p);
                outputs.add(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
            }
            try {
                for (BufferedReader out : outputs) {
                    assertThat(firstLine(out, "ready")).isEqualTo("ready");
                }
                Files.createFile(go);
                List<String> answers = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    assertThat(commands.get(i).waitFor(60, TimeUnit.SECONDS)).isTrue();
                    answers.add(firstLine(outputs.get(i), "ok") + " (exit "
                            + commands.get(i).exitValue() + ")");
                }
                assertThat(answers).containsOnly("ok (exit 0)");
            } finally {
                commands.forEach(Process::destroyForcibly);
            }

            TokenSet saved = storage.load().orElseThrow().tokens();
            assertThat(saved.refreshToken()).isNotEqualTo(signedIn.refreshToken());
            // The saved refresh token is the provider's current one: it still works.
            new TokenEndpointClient(OidcDiscovery.fetch(keycloak.issuer()).tokenEndpoint(), CLIENT_ID)
                    .refresh(saved.refreshToken());
        }
    }

    /** The first line that is {@code expected}, else the last line the process wrote (logging may come first). */
    private static String firstLine(BufferedReader out, String expected) throws Exception {
        String last = "(nothing)";
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals(expected)) {
                return line;
            }
            last = line;
        }
        return last;
    }
}

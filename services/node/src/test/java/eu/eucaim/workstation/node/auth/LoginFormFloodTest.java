package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.TokenResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 2: anonymous {@code GET /oauth2/authorize} requests must not use up anything a real sign-in needs
 * (1,001 of them used to fill the 1,000 pending forms, and every sign-in then got {@code temporarily_unavailable});
 * the form value they get instead is signed and short-lived.
 */
class LoginFormFloodTest {
    private final ClockedProvider provider = new ClockedProvider();

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void aFloodOfAuthorizeRequestsLeavesSignInWorking() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                answers.add(pool.submit(() -> provider.client
                        .authorize(ProviderClient.authorizeParams(
                                ProviderClient.REDIRECT, ProviderClient.challenge(ProviderClient.VERIFIER)))
                        .status()));
            }
            for (Future<Integer> a : answers) {
                assertThat(a.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        TokenResponse tokens = provider.client.login("researcher");
        assertThat(provider.client.get("/api/me", tokens.accessToken()).status())
                .isEqualTo(200);
    }

    @Test
    void aFormWithAChangedRequestIsRefusedSayingSo() {
        String form = provider.form();
        String[] parts = form.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String elsewhere = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        payload.replace("127.0.0.1:9/", "127.0.0.1:4444/").getBytes(StandardCharsets.UTF_8));
        assertThat(elsewhere).isNotEqualTo(parts[1]);
        ProviderClient.Answer a =
                provider.client.submitLogin(parts[0] + "." + elsewhere + "." + parts[2], "researcher", "researcher");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Location")).isNull();
        assertThat(a.body()).contains(LoginPage.escape(LoginForms.NOT_OURS));
    }

    @Test
    void anExpiredFormIsRefusedSayingSoAndAFreshOneWorks() {
        String form = provider.form();
        provider.clock.now = provider.clock.now.plus(AuthPolicy.LOGIN_FORM_LIFETIME);
        ProviderClient.Answer a = provider.client.submitLogin(form, "researcher", "researcher");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.header("Location")).isNull();
        assertThat(a.body()).contains("has expired").contains("10 minutes");
        ProviderClient.Answer cancel =
                provider.client.post("/oauth2/authorize", Map.of("request_id", form, "cancel", "1"));
        assertThat(cancel.status()).as("an expired form cannot cancel either").isEqualTo(400);

        assertThat(provider.client
                        .submitLogin(provider.form(), "researcher", "researcher")
                        .status())
                .isEqualTo(302);
    }

    @Test
    void aFormSignsInOnlyOnce() {
        String form = provider.form();
        assertThat(provider.client.submitLogin(form, "researcher", "researcher").status())
                .isEqualTo(302);
        ProviderClient.Answer again = provider.client.submitLogin(form, "researcher", "researcher");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("already used");
    }
}

package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 3: password guessing on the login form is slowed down per account and per client address, then
 * locked for a bounded time; during a delay or lock even the right password is refused; the form says so without
 * saying which part was wrong; the log says so without any password.
 */
class PasswordGuessingTest {
    private final ClockedProvider provider = new ClockedProvider();

    @AfterEach
    void close() {
        provider.close();
    }

    private ProviderClient.Answer submit(String form, String user, String password) {
        return provider.client.submitLogin(form, user, password);
    }

    private void waitFor(ProviderClient.Answer refused) {
        provider.clock.now = provider.clock.now.plusSeconds(Long.parseLong(refused.header("Retry-After")));
    }

    @Test
    void twoHundredWrongPasswordsAreSlowedThenLockedAndTheRightOneWaitsForTheLockToEnd() {
        String form = provider.form();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            statuses.add(submit(form, "admin", "guess-" + i).status());
        }
        // Five are checked; then the next attempt must wait, and none is checked before it may.
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 200)).containsOnly(429);
        ProviderClient.Answer delayed = submit(form, "admin", "admin");
        assertThat(delayed.status()).as("the right password during a delay").isEqualTo(429);
        assertThat(delayed.header("Retry-After")).isEqualTo("1");
        assertThat(delayed.header("Location")).isNull();
        assertThat(delayed.body())
                .contains("Too many failed attempts for this user name or from this address")
                .contains("wait 1 second")
                .contains("name=\"password\"")
                .doesNotContainIgnoringCase("password is")
                .doesNotContainIgnoringCase("unknown user");

        // Waiting each delay out: 1, 2, 4, 8, 16 s, and the tenth failure locks the name for 5 minutes.
        ProviderClient.Answer last = delayed;
        for (int i = 6; i <= 10; i++) {
            waitFor(last);
            last = submit(form, "admin", "guess-" + i);
            assertThat(last.status()).isEqualTo(401);
            last = submit(form, "admin", "guess-" + i);
            assertThat(last.status()).isEqualTo(429);
        }
        assertThat(last.header("Retry-After")).isEqualTo("300");
        ProviderClient.Answer locked = submit(form, "admin", "admin");
        assertThat(locked.status()).as("the right password during the lock").isEqualTo(429);
        assertThat(locked.body()).contains("Sign-in is locked").contains("try again in 5 minutes");

        provider.clock.now = provider.clock.now.plus(Duration.ofMinutes(5)).minusSeconds(1);
        assertThat(submit(form, "admin", "admin").status()).isEqualTo(429);
        provider.clock.now = provider.clock.now.plusSeconds(1);
        ProviderClient.Answer in = submit(form, "admin", "admin");
        assertThat(in.status()).as("the same form, once the lock is over").isEqualTo(302);
        assertThat(in.locationParam("code")).isNotBlank();
    }

    @Test
    void aMadeUpNameIsSlowedExactlyLikeARealOne() {
        String form = provider.form();
        for (String name : List.of("admin", "no-such-user")) {
            for (int i = 0; i < 5; i++) {
                assertThat(submit(form, name, "x").status()).isEqualTo(401);
            }
        }
        ProviderClient.Answer real = submit(form, "admin", "x");
        ProviderClient.Answer madeUp = submit(form, "no-such-user", "x");
        assertThat(real.status()).isEqualTo(madeUp.status()).isEqualTo(429);
        assertThat(real.header("Retry-After")).isEqualTo(madeUp.header("Retry-After"));
        assertThat(real.body().replace("value=\"admin\"", "value=\"NAME\""))
                .isEqualTo(madeUp.body().replace("value=\"no-such-user\"", "value=\"NAME\""));
    }

    @Test
    void oneAddressGuessingManyNamesIsLockedForABoundedTime() {
        String form = provider.form();
        int checked = 0;
        for (int i = 0; i < 200; i++) {
            ProviderClient.Answer a = submit(form, "name-" + i, "x");
            if (a.status() == 401) {
                checked++;
            } else if (a.header("Retry-After").equals("300")) {
                break;
            } else {
                waitFor(a);
            }
        }
        assertThat(checked).isEqualTo(AuthPolicy.PER_ADDRESS.lockAfter());
        // Locked: a real user's right password from this address is refused too, until the lock ends.
        assertThat(submit(form, "researcher", "researcher").status()).isEqualTo(429);
        provider.clock.now = provider.clock.now.plus(AuthPolicy.PER_ADDRESS.lockTime());
        assertThat(submit(provider.form(), "researcher", "researcher").status()).isEqualTo(302);
    }

    @Test
    void failuresAndLocksAreLoggedWithoutAnyPassword() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            String form = provider.form();
            ProviderClient.Answer last = null;
            for (int i = 0; i < 10; i++) {
                if (last != null && last.status() == 429) {
                    waitFor(last);
                }
                last = submit(form, "admin", "secret-guess-" + i);
                if (last.status() == 401 && i < 9) {
                    last = submit(form, "admin", "secret-guess-" + i); // refused: how long to wait
                }
            }
            provider.clock.now = provider.clock.now.plus(AuthPolicy.PER_ACCOUNT.lockTime());
            assertThat(submit(provider.form(), "typed-my-password-here", "secret-guess-x")
                            .status())
                    .isEqualTo(401);
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log)
                .contains("Failed sign-in for user 'admin' from 127.0.0.1")
                .contains("Sign-in for user 'admin' locked for 5 min after 10 failed attempts")
                .contains("Failed sign-in for an unknown user name from 127.0.0.1")
                .doesNotContain("secret-guess")
                .doesNotContain("typed-my-password-here");
    }
}

package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class PendingAuthorizationsTest {
    private static final AuthorizationRequest REQUEST = new AuthorizationRequest(
            AuthPolicy.CLIENT_ID, "http://127.0.0.1:1/callback", "s", "c".repeat(43), "openid", null);

    @Test
    void aFormWorksUntilTakenOrExpired() {
        MovableClock clock = new MovableClock();
        PendingAuthorizations pending = new PendingAuthorizations(clock);
        String id = pending.add(REQUEST).orElseThrow();
        assertThat(pending.find(id)).contains(REQUEST);
        assertThat(pending.find(id)).contains(REQUEST); // a wrong password shows the same form again
        assertThat(pending.take(id)).contains(REQUEST);
        assertThat(pending.take(id)).isEmpty();
        assertThat(pending.find("made-up")).isEmpty();

        String late = pending.add(REQUEST).orElseThrow();
        clock.now = clock.now.plus(AuthPolicy.LOGIN_FORM_LIFETIME).minusSeconds(1);
        assertThat(pending.find(late)).isPresent();
        clock.now = clock.now.plusSeconds(1);
        assertThat(pending.find(late)).isEmpty();
        assertThat(pending.take(late)).isEmpty();
    }

    @Test
    void aFloodOfAuthorizeRequestsIsCapped() {
        PendingAuthorizations pending = new PendingAuthorizations(Clock.systemUTC());
        for (int i = 0; i < PendingAuthorizations.MAX_PENDING; i++) {
            assertThat(pending.add(REQUEST)).isPresent();
        }
        assertThat(pending.add(REQUEST)).isEmpty();
    }
}

package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import eu.eucaim.workstation.node.storage.StorageException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A trusted issuer's token checked in full once is trusted until its {@code exp}, by the verifier of that issuer
 * only, and only once its user was stored (a {@link TestIssuer} on loopback; the node-level behaviour:
 * {@link ExternalIssuerTokensTest}).
 */
class TrustedIssuerVerifierTest {
    private static final JOSEObjectType AT = new JOSEObjectType(AuthPolicy.ACCESS_TOKEN_TYPE);

    static TestIssuer issuer;
    static TestIssuer other;

    @BeforeAll
    static void start() {
        issuer = new TestIssuer("/one");
        other = new TestIssuer("/two");
    }

    @AfterAll
    static void stop() {
        issuer.close();
        other.close();
    }

    private static String token(TestIssuer from, String subject) {
        return from.sign(
                AT, from.nodeShapedAccessToken(subject, List.of("researcher")).build());
    }

    @Test
    void aTokenCheckedOnceIsKnownWithoutItsUserStoredAgainUntilItsExpiry() throws Exception {
        MovableClock clock = new MovableClock();
        clock.now = Instant.now();
        TrustedIssuerVerifier v = new TrustedIssuerVerifier(TrustedIssuer.of(issuer.uri()), clock);
        List<String> stored = new ArrayList<>();
        String token = token(issuer, "u-1");
        assertThat(v.known(token)).isEmpty();

        VerifiedCaller caller = v.verify(token, user -> stored.add(user.subject()));
        assertThat(caller.subject()).isEqualTo("u-1");
        assertThat(v.known(token)).contains(caller);
        assertThat(stored).containsExactly("u-1");

        clock.advance(AuthPolicy.ACCESS_TOKEN_LIFETIME); // at its exp: no longer known, the full check decides
        assertThat(v.known(token)).isEmpty();
    }

    @Test
    void aTokenWhoseUserCouldNotBeStoredIsCheckedAgainOnTheNextRequest() throws Exception {
        TrustedIssuerVerifier v = new TrustedIssuerVerifier(TrustedIssuer.of(issuer.uri()));
        String token = token(issuer, "u-2");
        assertThatThrownBy(() -> v.verify(token, user -> {
                    throw new StorageException("the disk is full", null);
                }))
                .isInstanceOf(StorageException.class);
        assertThat(v.known(token)).isEmpty();

        List<String> stored = new ArrayList<>();
        v.verify(token, user -> stored.add(user.subject()));
        assertThat(stored).containsExactly("u-2");
        assertThat(v.known(token)).isPresent();
    }

    @Test
    void onlyThatIssuersVerifierKnowsTheTokenAndOnlyThatExactToken() throws Exception {
        TrustedIssuerVerifier one = new TrustedIssuerVerifier(TrustedIssuer.of(issuer.uri()));
        TrustedIssuerVerifier two = new TrustedIssuerVerifier(TrustedIssuer.of(other.uri()));
        String token = token(issuer, "u-3");
        one.verify(token, user -> {});
        assertThat(two.known(token)).isEmpty();
        assertThatThrownBy(() -> two.verify(token, user -> {})).isInstanceOf(InvalidTokenException.class);

        int inClaims = token.indexOf('.') + 10;
        String altered = token.substring(0, inClaims)
                + (token.charAt(inClaims) == 'A' ? 'B' : 'A')
                + token.substring(inClaims + 1);
        assertThat(one.known(altered)).isEmpty();
        assertThatThrownBy(() -> one.verify(altered, user -> {})).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void anExpiredTokenIsNeverRemembered() {
        TrustedIssuerVerifier v = new TrustedIssuerVerifier(TrustedIssuer.of(issuer.uri()));
        Instant now = Instant.now();
        String expired = issuer.sign(
                AT,
                TestTokens.claims(issuer.url(), "s", now.minus(Duration.ofHours(1)), List.of())
                        .expirationTime(java.util.Date.from(now.minusSeconds(120)))
                        .build());
        assertThatThrownBy(() -> v.verify(expired, user -> {}))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("xpired");
        assertThat(v.known(expired)).isEmpty();
    }
}

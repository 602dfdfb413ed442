package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import eu.eucaim.workstation.api.auth.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NodeTokenVerifierTest {
    private static final String ISS = "http://127.0.0.1:4711";
    private static final RSAKey KEY = SigningKey.generate();
    private static final RSAKey OTHER_KEY = SigningKey.generate();
    private final NodeTokenVerifier verifier =
            new NodeTokenVerifier(new JWKSet(KEY.toPublicJWK()), () -> ISS, "revoked"::equals);

    private static JWTClaimsSet.Builder claims(Instant now) {
        return TestTokens.claims(ISS, "grant-1", now, List.of("researcher", "some_other_providers_role"));
    }

    private void rejected(String token, String reason) {
        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining(reason)
                .hasMessageNotContaining(token);
    }

    @Test
    void aTokenTheNodeSignedNamesTheCallerAndKnownRoles() throws Exception {
        VerifiedCaller caller =
                verifier.verify(TestTokens.sign(KEY, claims(Instant.now()).build()));
        assertThat(caller.subject()).isEqualTo("demo-researcher");
        assertThat(caller.issuer()).isEqualTo(ISS);
        assertThat(caller.roles()).containsExactly(Role.RESEARCHER);
    }

    @Test
    void aMinuteOfClockSkewIsTolerated() throws Exception {
        Instant now = Instant.now();
        // Issued by a clock 50 s ahead of ours: iat and nbf in our future.
        verifier.verify(TestTokens.sign(KEY, claims(now.plusSeconds(50)).build()));
        // Expired 50 s ago by our clock: within the skew.
        verifier.verify(TestTokens.sign(
                KEY,
                claims(now.minusSeconds(600))
                        .expirationTime(Date.from(now.minusSeconds(50)))
                        .build()));
    }

    @Test
    void beyondTheSkewTokensAreRejected() {
        Instant now = Instant.now();
        rejected(
                TestTokens.sign(
                        KEY,
                        claims(now.minusSeconds(700))
                                .expirationTime(Date.from(now.minusSeconds(120)))
                                .build()),
                "xpired");
        rejected(
                TestTokens.sign(
                        KEY,
                        claims(now)
                                .notBeforeTime(Date.from(now.plusSeconds(120)))
                                .build()),
                "rejected");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() {
        rejected(TestTokens.sign(OTHER_KEY, claims(Instant.now()).build()), "rejected");
    }

    @Test
    void anUnsignedTokenIsRejected() {
        rejected(TestTokens.unsigned(claims(Instant.now()).build()), "rejected");
    }

    @Test
    void aTokenForAnotherAudienceOrFromAnotherIssuerIsRejected() {
        rejected(
                TestTokens.sign(
                        KEY, claims(Instant.now()).audience("some-other-client").build()),
                "aud");
        rejected(
                TestTokens.sign(
                        KEY,
                        claims(Instant.now()).issuer("https://evil.example").build()),
                "iss");
    }

    @Test
    void anIdTokenCannotBeUsedAsAnAccessToken() {
        rejected(
                TestTokens.sign(KEY, JOSEObjectType.JWT, claims(Instant.now()).build()),
                "typ is 'JWT', expected at+jwt");
    }

    @Test
    void aTokenWithAnIdTokensClaimsIsRejectedEvenWithTheAccessTokenHeader() {
        rejected(
                TestTokens.sign(KEY, claims(Instant.now()).claim("nonce", "n").build()),
                "ID token (it has a nonce claim)");
        rejected(
                TestTokens.sign(KEY, claims(Instant.now()).claim("at_hash", "h").build()),
                "ID token (it has an at_hash claim)");
        rejected(
                TestTokens.sign(KEY, claims(Instant.now()).claim("typ", "ID").build()),
                "ID token (its claim typ is ID)");
    }

    @Test
    void aTokenOfARevokedSignInIsRejected() {
        rejected(
                TestTokens.sign(
                        KEY,
                        TestTokens.claims(ISS, "revoked", Instant.now(), List.of("admin"))
                                .build()),
                "revoked");
    }

    @Test
    void garbageIsRejected() {
        rejected("not-a-jwt", "not a JWT");
    }

    // A token verified once is trusted without the signature and claims checks until it expires (VerifiedTokens).

    @Test
    void aTokenVerifiedBeforeIsTrustedUntilItExpiresAndRefusedAfter() throws Exception {
        MovableClock clock = new MovableClock();
        Set<String> revoked = new HashSet<>();
        NodeTokenVerifier clocked =
                new NodeTokenVerifier(new JWKSet(KEY.toPublicJWK()), () -> ISS, revoked::contains, clock);
        String token = TestTokens.sign(KEY, claims(clock.instant()).build());
        assertThat(clocked.knows(token)).isFalse();
        assertThat(clocked.verify(token).subject()).isEqualTo("demo-researcher");
        assertThat(clocked.knows(token)).isTrue();
        assertThat(clocked.verify(token).roles()).containsExactly(Role.RESEARCHER);

        clock.advance(AuthPolicy.ACCESS_TOKEN_LIFETIME); // at its exp: checked in full again, within the skew
        assertThat(clocked.knows(token)).isFalse();
        assertThat(clocked.verify(token).subject()).isEqualTo("demo-researcher");
        clock.advance(AuthPolicy.CLOCK_SKEW.plusSeconds(1));
        assertThatThrownBy(() -> clocked.verify(token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("xpired");
    }

    @Test
    void aSignInRevokedAfterItsTokenWasVerifiedRefusesTheNextRequest() throws Exception {
        Set<String> revoked = new HashSet<>();
        NodeTokenVerifier v = new NodeTokenVerifier(new JWKSet(KEY.toPublicJWK()), () -> ISS, revoked::contains);
        String token = TestTokens.sign(KEY, claims(Instant.now()).build());
        v.verify(token);
        v.verify(token);
        revoked.add("grant-1");
        assertThat(v.knows(token)).isTrue(); // still remembered, and refused all the same
        assertThatThrownBy(() -> v.verify(token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("revoked");
    }

    @Test
    void aTokenDifferingFromOneVerifiedIsCheckedInFull() throws Exception {
        String token = TestTokens.sign(KEY, claims(Instant.now()).build());
        verifier.verify(token);
        // The same signature over other claims (an admin role added to the payload): not the token verified.
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"researcher\"", "\"admin\"");
        assertThat(payload).contains("\"admin\"");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(verifier.knows(forged)).isFalse();
        rejected(forged, "signature");
        assertThat(verifier.verify(token).roles()).containsExactly(Role.RESEARCHER);
    }

    @Test
    void aTokenVerifiedForOneIssuerIsNotTrustedOnceTheNodesIssuerChanged() throws Exception {
        AtomicReference<String> issuer = new AtomicReference<>(ISS);
        NodeTokenVerifier v = new NodeTokenVerifier(new JWKSet(KEY.toPublicJWK()), issuer::get, "revoked"::equals);
        String token = TestTokens.sign(KEY, claims(Instant.now()).build());
        v.verify(token);
        issuer.set("http://127.0.0.1:4712");
        assertThat(v.knows(token)).isFalse();
        assertThatThrownBy(() -> v.verify(token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("iss");
    }

    @Test
    void theTokensRememberedAreBounded() throws Exception {
        for (int i = 0; i < VerifiedTokens.MAX + 10; i++) {
            verifier.verify(TestTokens.sign(KEY, claims(Instant.now()).build()));
            assertThat(verifier.remembered()).isBetween(1, VerifiedTokens.MAX);
        }
    }
}

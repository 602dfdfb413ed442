package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LoginFormsTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final AuthorizationRequest REQUEST = new AuthorizationRequest(
            AuthPolicy.CLIENT_ID, "http://127.0.0.1:1/callback", "s", "c".repeat(43), "openid", "n-1");
    private final MovableClock clock = new MovableClock();
    private final LoginForms forms = new LoginForms(SECRET, clock);

    @Test
    void aFormCarriesItsRequestUntilItExpires() {
        String value = forms.issue(REQUEST);
        assertThat(forms.open(value))
                .isInstanceOfSatisfying(
                        LoginForms.Valid.class, v -> assertThat(v.request()).isEqualTo(REQUEST));
        // A wrong password shows the same form again: it stays valid until used or expired.
        assertThat(forms.open(value)).isInstanceOf(LoginForms.Valid.class);
        clock.now = clock.now.plus(AuthPolicy.LOGIN_FORM_LIFETIME).minusSeconds(1);
        assertThat(forms.open(value)).isInstanceOf(LoginForms.Valid.class);
        clock.now = clock.now.plusSeconds(1);
        assertThat(forms.open(value)).isEqualTo(new LoginForms.Refused(LoginForms.EXPIRED));
    }

    @Test
    void aFormSignsInOnce() {
        LoginForms.Valid form = (LoginForms.Valid) forms.open(forms.issue(REQUEST));
        assertThat(forms.spend(form)).isTrue();
        assertThat(forms.spend(form)).isFalse();
        assertThat(forms.open(forms.issue(REQUEST))).isInstanceOf(LoginForms.Valid.class);
    }

    @Test
    void aChangedOrForeignFormIsRefused() throws Exception {
        String value = forms.issue(REQUEST);
        String[] parts = value.split("\\.");
        Base64.Decoder dec = Base64.getUrlDecoder();
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        String payload = new String(dec.decode(parts[1]), StandardCharsets.UTF_8);
        String otherRedirect = enc.encodeToString(
                payload.replace("127.0.0.1:1/", "127.0.0.1:2/").getBytes(StandardCharsets.UTF_8));
        LoginForms.Refused notOurs = new LoginForms.Refused(LoginForms.NOT_OURS);
        // The redirect URI changed, the signature kept.
        assertThat(forms.open(parts[0] + "." + otherRedirect + "." + parts[2])).isEqualTo(notOurs);
        // The signature changed.
        assertThat(forms.open(parts[0] + "." + parts[1] + "." + enc.encodeToString(new byte[32])))
                .isEqualTo(notOurs);
        // Signed with another node's secret.
        byte[] other = "another-nodes-secret-of-32-bytes".getBytes(StandardCharsets.US_ASCII);
        assertThat(forms.open(new LoginForms(other, clock).issue(REQUEST))).isEqualTo(notOurs);
        // Unsigned, or signed right but of another type.
        JWTClaimsSet claims = SignedJWT.parse(value).getJWTClaimsSet();
        assertThat(forms.open(new PlainJWT(claims).serialize())).isEqualTo(notOurs);
        SignedJWT otherType = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        otherType.sign(new MACSigner(SECRET));
        assertThat(forms.open(otherType.serialize())).isEqualTo(notOurs);
        // An expiry moved later, re-encoded without the key, is a changed form too.
        String later = enc.encodeToString(
                payload.replaceAll("\"exp\":(\\d+)", "\"exp\":4102444800").getBytes(StandardCharsets.UTF_8));
        assertThat(forms.open(parts[0] + "." + later + "." + parts[2])).isEqualTo(notOurs);
        for (String junk : new String[] {null, "", "forged-id", "a.b", "a.b.c"}) {
            assertThat(forms.open(junk)).as(junk).isEqualTo(notOurs);
        }
    }
}

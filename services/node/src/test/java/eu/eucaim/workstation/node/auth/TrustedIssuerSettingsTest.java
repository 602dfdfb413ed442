package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.auth.Role;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrustedIssuerSettingsTest {
    @Test
    void aBareUrlKeepsTodaysDefaults() {
        TrustedIssuer t = TrustedIssuerSettings.parse("http://127.0.0.1:8101/");
        assertThat(t).isEqualTo(TrustedIssuer.of(URI.create("http://127.0.0.1:8101")));
        assertThat(t.issuer()).hasToString("http://127.0.0.1:8101");
        assertThat(t.audience()).isEqualTo("eucaim-workstation");
        assertThat(t.roles()).isEqualTo(new RoleMapping("roles", List.of()));
        assertThat(t.tokenTypes()).containsExactly("at+jwt");
    }

    @Test
    void keycloakSettings() {
        TrustedIssuer t = TrustedIssuerSettings.parse(
                "https://kc.example/realms/eucaim;audience=account;roles=realm_access.roles;types=JWT,at+jwt");
        assertThat(t.issuer()).hasToString("https://kc.example/realms/eucaim");
        assertThat(t.audience()).isEqualTo("account");
        assertThat(t.roles().claim()).isEqualTo("realm_access.roles");
        assertThat(t.tokenTypes()).containsExactlyInAnyOrder("jwt", "at+jwt");
    }

    @Test
    void entitlementMappingsMayHoldColonsHashesAndEquals() {
        TrustedIssuer t = TrustedIssuerSettings.parse("https://login.aai.lifescience-ri.eu/oidc"
                + "; roles = eduperson_entitlement"
                + ";role.researcher=urn:geant:lifescience-ri.eu:group:eucaim:researcher"
                + ";role.researcher=urn:geant:lifescience-ri.eu:group:eucaim:role=member"
                + ";role.admin=urn:geant:lifescience-ri.eu:group:eucaim:committee#aai.lifescience-ri.eu;");
        assertThat(t.roles().rules())
                .containsExactly(
                        new RoleMapping.Rule(Role.RESEARCHER, "urn:geant:lifescience-ri.eu:group:eucaim:researcher"),
                        new RoleMapping.Rule(Role.RESEARCHER, "urn:geant:lifescience-ri.eu:group:eucaim:role=member"),
                        new RoleMapping.Rule(
                                Role.ADMIN,
                                "urn:geant:lifescience-ri.eu:group:eucaim:committee#aai.lifescience-ri.eu"));
    }

    @Test
    void mistakesNameTheSettingAndWhatWasExpected() {
        assertThatThrownBy(() -> TrustedIssuerSettings.parse("https://x.example;aud=account"))
                .hasMessageContaining("Unknown setting 'aud'")
                .hasMessageContaining("audience, roles, types or role.<role>");
        assertThatThrownBy(() -> TrustedIssuerSettings.parse("https://x.example;types="))
                .hasMessageContaining("types")
                .hasMessageContaining("types=at+jwt,JWT");
        assertThatThrownBy(() -> TrustedIssuerSettings.parse("https://x.example;types=at jwt"))
                .hasMessageContaining("'at jwt' is not a token type");
        assertThatThrownBy(() -> TrustedIssuerSettings.parse("https://x.example;role.superuser=x"))
                .hasMessageContaining("unknown role 'superuser'")
                .hasMessageContaining("data_steward");
        assertThatThrownBy(() -> TrustedIssuerSettings.parse("https://x.example;audience"))
                .hasMessageContaining("'audience'")
                .hasMessageContaining("KEY=VALUE");
        assertThatThrownBy(() -> TrustedIssuerSettings.parse("https://x.example;audience=a;audience=b"))
                .hasMessageContaining("'audience'")
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> TrustedIssuerSettings.parse("https://x.example;audience= "))
                .hasMessageContaining("audience")
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> TrustedIssuerSettings.parse("https://x.example;roles=realm_access."))
                .hasMessageContaining("roles claim")
                .hasMessageContaining("realm_access.");
        assertThatThrownBy(() -> TrustedIssuerSettings.parse("login.example;audience=account"))
                .hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> TrustedIssuerSettings.parse(" ")).hasMessageContaining("URL[;setting=value...]");
    }

    @Test
    void typesCompareWithoutCaseOrApplicationPrefix() {
        TrustedIssuer t =
                new TrustedIssuer(URI.create("https://x.example"), "a", null, Set.of("application/AT+JWT", "JWT"));
        assertThat(t.tokenTypes()).containsExactlyInAnyOrder("at+jwt", "jwt");
        assertThat(t.roles()).isEqualTo(RoleMapping.DEFAULT);
    }
}

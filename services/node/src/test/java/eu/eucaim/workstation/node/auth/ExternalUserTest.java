package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import eu.eucaim.workstation.api.auth.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExternalUserTest {
    private static final String ISS = "https://login.example/oidc";

    @Test
    void theUserNameAndNameFallBackToWhatTheTokenHas() throws Exception {
        ExternalUser full = ExternalUser.of(
                ISS,
                new JWTClaimsSet.Builder()
                        .subject("s")
                        .claim("preferred_username", "lee")
                        .claim("name", "Lee Science")
                        .claim("email", "lee@example.org")
                        .claim("roles", List.of("researcher"))
                        .build(),
                RoleMapping.DEFAULT);
        assertThat(full)
                .isEqualTo(
                        new ExternalUser(ISS, "s", "lee", "Lee Science", "lee@example.org", Set.of(Role.RESEARCHER)));
        ExternalUser noUsername = ExternalUser.of(
                ISS,
                new JWTClaimsSet.Builder()
                        .subject("s")
                        .claim("email", "lee@example.org")
                        .claim("given_name", "Lee")
                        .claim("preferred_username", " ")
                        .build(),
                RoleMapping.DEFAULT);
        assertThat(noUsername.username()).isEqualTo("lee@example.org");
        assertThat(noUsername.name()).isEqualTo("Lee");
        ExternalUser bare =
                ExternalUser.of(ISS, new JWTClaimsSet.Builder().subject("s-9").build(), RoleMapping.DEFAULT);
        assertThat(bare).isEqualTo(new ExternalUser(ISS, "s-9", "s-9", "s-9", null, Set.of()));
    }

    @Test
    void aSubjectLongerThanTheTableHoldsIsRefusedAndLongNamesAreCut() throws Exception {
        assertThatThrownBy(() -> ExternalUser.of(
                        ISS, new JWTClaimsSet.Builder().subject("s".repeat(256)).build(), RoleMapping.DEFAULT))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("sub has more than 255 characters");
        ExternalUser cut = ExternalUser.of(
                ISS,
                new JWTClaimsSet.Builder()
                        .subject("s")
                        .claim("preferred_username", "u".repeat(300))
                        .claim("name", "n".repeat(600))
                        .build(),
                RoleMapping.DEFAULT);
        assertThat(cut.username()).hasSize(255);
        assertThat(cut.name()).hasSize(512);
    }
}

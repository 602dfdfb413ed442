package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleMappingTest {
    private static final Map<String, Object> KEYCLOAK = Map.of(
            "realm_access",
            Map.of("roles", List.of("offline_access", "researcher", "uma_authorization")),
            "resource_access",
            Map.of(
                    "eucaim.workstation",
                    Map.of("roles", List.of("data_steward")),
                    "account",
                    Map.of("roles", List.of("manage-account"))),
            "roles",
            "admin");

    @Test
    void rolesAreReadAlongADottedPath() {
        assertThat(new RoleMapping("realm_access.roles", List.of()).rolesIn(KEYCLOAK))
                .containsExactly(Role.RESEARCHER);
        assertThat(new RoleMapping("resource_access.account.roles", List.of()).rolesIn(KEYCLOAK))
                .isEmpty();
        // A claim holding one string, not a list.
        assertThat(RoleMapping.DEFAULT.rolesIn(KEYCLOAK)).containsExactly(Role.ADMIN);
        assertThat(new RoleMapping("realm_access.nothing", List.of()).rolesIn(KEYCLOAK))
                .isEmpty();
        assertThat(new RoleMapping("roles.deeper", List.of()).rolesIn(KEYCLOAK)).isEmpty();
    }

    @Test
    void aNameWithDotsSuchAsAClientIdIsMatchedWhole() {
        assertThat(new RoleMapping("resource_access.eucaim.workstation.roles", List.of()).rolesIn(KEYCLOAK))
                .containsExactly(Role.DATA_STEWARD);
    }

    @Test
    void withRulesOnlyMappedValuesCountWithOrWithoutAGroupAuthority() {
        String group = "urn:geant:lifescience-ri.eu:group:eucaim";
        RoleMapping m = new RoleMapping(
                "eduperson_entitlement",
                List.of(
                        new RoleMapping.Rule(Role.RESEARCHER, group + ":researcher"),
                        new RoleMapping.Rule(Role.HELPDESK_AGENT, group + ":helpdesk")));
        Map<String, Object> claims = Map.of(
                "eduperson_entitlement",
                List.of(
                        group + ":researcher#aai.lifescience-ri.eu",
                        group + ":researcher-extra#aai.lifescience-ri.eu",
                        group + ":helpdesk",
                        "admin",
                        42));
        assertThat(m.rolesIn(claims)).containsExactlyInAnyOrder(Role.RESEARCHER, Role.HELPDESK_AGENT);
        assertThat(m.rolesIn(Map.of())).isEmpty();
    }
}

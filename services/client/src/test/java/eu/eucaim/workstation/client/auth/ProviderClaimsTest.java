package eu.eucaim.workstation.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.auth.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading what providers send: roles in their several places, and key thumbprints. */
class ProviderClaimsTest {
    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @Test
    void theRolesClaimComesFirstThenKeycloaksRealmAndClientRoles() throws Exception {
        assertThat(RoleClaims.in(json("{\"roles\":[\"researcher\"],\"realm_access\":{\"roles\":[\"admin\"]}}"), "c"))
                .hasValue(Set.of(Role.RESEARCHER));
        assertThat(RoleClaims.in(
                        json("{\"realm_access\":{\"roles\":[\"data_steward\",\"offline_access\"]},"
                                + "\"resource_access\":{\"c\":{\"roles\":[\"admin\"]},"
                                + "\"other\":{\"roles\":[\"helpdesk_agent\"]}}}"),
                        "c"))
                .hasValue(Set.of(Role.DATA_STEWARD, Role.ADMIN));
        assertThat(RoleClaims.in(json("{\"resource_access\":{\"c\":{\"roles\":[\"admin\"]}}}"), "c"))
                .hasValue(Set.of(Role.ADMIN));
        // An empty roles claim is an answer (no roles); no claim at all lets the caller ask the next source.
        assertThat(RoleClaims.in(json("{\"roles\":[]}"), "c")).hasValue(Set.of());
        assertThat(RoleClaims.in(json("{\"sub\":\"x\",\"resource_access\":{\"other\":{}}}"), "c"))
                .isEmpty();
    }

    @Test
    void aJwtsClaimsAreReadAndAnOpaqueTokenHasNone() {
        String payload = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"sub\":\"u\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(JwtClaims.unverified("e30." + payload + ".sig"))
                .hasValueSatisfying(c -> assertThat(c.get("sub").asText()).isEqualTo("u"));
        assertThat(JwtClaims.unverified("0f9c2d6e-opaque")).isEmpty();
        assertThat(JwtClaims.unverified(null)).isEmpty();
    }

    @Test
    void theThumbprintOfRfc7638sExampleKey() throws Exception {
        JsonNode key = json(
                "{\"kty\":\"RSA\",\"n\":\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFF"
                        + "xuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2"
                        + "QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2Nc"
                        + "Rwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw\",\"e\":\"AQAB\",\"alg\":\"RS256\","
                        + "\"kid\":\"2011-04-29\"}");
        assertThat(ProviderKeys.thumbprint(key)).isEqualTo("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
        assertThat(ProviderKeys.thumbprint(json("{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}")))
                .isNull();
    }
}

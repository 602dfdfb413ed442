package eu.eucaim.workstation.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.auth.UserIdentity;
import java.util.Optional;
import java.util.Set;

/**
 * Who a session belongs to, as the app shows it: the provider's userinfo answer (or, without a userinfo endpoint,
 * the ID token), with the roles from wherever the provider puts them. The node and LS-AAI style providers answer
 * {@code roles} in userinfo; Keycloak puts {@code realm_access.roles} and {@code resource_access.<client>.roles} in
 * the access token only (its default userinfo and ID token carry no roles). So the roles are the first of: the
 * userinfo answer's, the ID token's, the access token's ({@link RoleClaims}) — the tokens only when they are about
 * the same subject. For showing only: the node decides what a token may do from the token it verifies.
 */
final class SignedInUser {
    private final UserInfoClient userInfo;

    SignedInUser(UserInfoClient userInfo) {
        this.userInfo = userInfo;
    }

    UserIdentity of(ProviderMetadata provider, String clientId, Session session) {
        String accessToken = session.accessToken();
        Optional<JsonNode> idToken = JwtClaims.unverified(session.tokens().idToken());
        JsonNode claims;
        if (provider.userinfoEndpoint() != null) {
            claims = userInfo.claims(provider.userinfoEndpoint(), accessToken);
        } else {
            // No userinfo endpoint: the ID token came straight from the token endpoint (OpenID Connect Core
            // §3.1.3.7, item 6).
            if (session.tokens().idToken() == null) {
                throw new AuthException("The sign-in provider has no userinfo endpoint and issued no ID token");
            }
            claims = idToken.orElseThrow(() -> new AuthException("The ID token cannot be read"));
            if (!claims.hasNonNull("sub")) {
                throw new AuthException("The ID token has no subject");
            }
        }
        String subject = claims.get("sub").asText();
        Set<Role> roles = RoleClaims.in(claims, clientId)
                .or(() -> rolesOf(idToken, subject, clientId))
                .or(() -> rolesOf(JwtClaims.unverified(accessToken), subject, clientId))
                .orElse(Set.of());
        return UserInfoClient.identity(claims, roles);
    }

    private static Optional<Set<Role>> rolesOf(Optional<JsonNode> token, String subject, String clientId) {
        return token.filter(c -> subject.equals(c.path("sub").asText())).flatMap(c -> RoleClaims.in(c, clientId));
    }
}

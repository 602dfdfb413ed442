package eu.eucaim.workstation.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import eu.eucaim.workstation.api.auth.Role;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The roles a set of claims (a userinfo answer, an ID or access token) gives: the {@code roles} claim (the node,
 * LS-AAI style providers), else Keycloak's {@code realm_access.roles} together with
 * {@code resource_access.<client id>.roles}. Role names this version does not know (Keycloak's
 * {@code offline_access}, {@code default-roles-<realm>}, ...) are left out.
 */
final class RoleClaims {
    private RoleClaims() {}

    /** Empty when the claims carry none of these claims, so that the caller can ask the next source. */
    static Optional<Set<Role>> in(JsonNode claims, String clientId) {
        if (claims == null || !claims.isObject()) {
            return Optional.empty();
        }
        if (claims.has("roles")) {
            return Optional.of(known(claims.get("roles"), new LinkedHashSet<>()));
        }
        JsonNode realm = claims.path("realm_access").path("roles");
        JsonNode client = clientId == null
                ? MissingNode.getInstance()
                : claims.path("resource_access").path(clientId).path("roles");
        if (realm.isMissingNode() && client.isMissingNode()) {
            return Optional.empty();
        }
        Set<Role> roles = new LinkedHashSet<>();
        known(realm, roles);
        known(client, roles);
        return Optional.of(roles);
    }

    private static Set<Role> known(JsonNode names, Set<Role> into) {
        names.forEach(r -> Role.fromClaim(r.asText()).ifPresent(into::add));
        return into;
    }
}

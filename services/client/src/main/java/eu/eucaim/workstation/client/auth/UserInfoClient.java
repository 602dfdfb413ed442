package eu.eucaim.workstation.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.auth.UserIdentity;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Asks who is signed in: the provider's userinfo endpoint (OpenID Connect Core §5.3) or the node's {@code /api/me},
 * which answers the same way. Read leniently, as any provider's answer: roles this version does not know, and
 * claims other than {@code sub}, may be missing or extra.
 */
public final class UserInfoClient {
    private final OkHttpClient http;

    public UserInfoClient() {
        this(AuthHttp.DEFAULT);
    }

    public UserInfoClient(OkHttpClient http) {
        this.http = http;
    }

    public UserIdentity fetch(URI endpoint, String accessToken) {
        return identity(claims(endpoint, accessToken));
    }

    /** The answer as it came: a JSON object with at least {@code sub}. */
    JsonNode claims(URI endpoint, String accessToken) {
        AuthHttp.requireSecure(endpoint, "user info endpoint");
        AuthHttp.JsonAnswer a = AuthHttp.call(
                http,
                new Request.Builder()
                        .url(endpoint.toString())
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer " + accessToken)
                        .get()
                        .build(),
                "asking who is signed in");
        if (a.status() == 401) {
            throw new AuthException("The token was not accepted by " + endpoint + " (401): sign in again");
        }
        if (a.status() == 403) {
            throw new AuthException("The signed-in user may not call " + endpoint + " (403)");
        }
        if (a.status() != 200 || a.body() == null || !a.body().hasNonNull("sub")) {
            throw new AuthException("No usable answer from " + endpoint + " (HTTP " + a.status() + ")");
        }
        return a.body();
    }

    /** Who the claims say; the roles from {@code roles}, else Keycloak's realm roles ({@link RoleClaims}). */
    static UserIdentity identity(JsonNode b) {
        return identity(b, RoleClaims.in(b, null).orElse(Set.of()));
    }

    static UserIdentity identity(JsonNode b, Set<Role> roles) {
        List<String> stewardOf = new ArrayList<>();
        b.path("steward_of").forEach(v -> stewardOf.add(v.asText()));
        return new UserIdentity(
                b.get("sub").asText(),
                text(b, "preferred_username"),
                text(b, "name"),
                text(b, "email"),
                roles,
                stewardOf);
    }

    private static String text(JsonNode b, String field) {
        return b.hasNonNull(field) ? b.get(field).asText() : null;
    }
}

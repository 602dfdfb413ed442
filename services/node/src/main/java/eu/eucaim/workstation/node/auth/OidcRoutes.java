package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.node.http.Access;
import eu.eucaim.workstation.node.http.ApiException;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.Caller;
import eu.eucaim.workstation.node.http.RequestBody;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The provider's route table: discovery, JWKS, authorize, token, userinfo, and {@code GET /api/me}. */
final class OidcRoutes {
    /** The login form and token requests: a few short fields. */
    static final RequestBody FORM = RequestBody.form(16 * 1024);

    private OidcRoutes() {}

    static List<ApiRoute> of(
            Issuer issuer,
            SigningKey key,
            AuthorizeEndpoint authorize,
            TokenEndpoint token,
            UserStore users,
            ExternalAccounts external) {
        Map<String, Object> jwks = key.publicKeys().toJSONObject();
        return List.of(
                ApiRoute.get(
                        "/.well-known/openid-configuration",
                        Access.PUBLIC,
                        (ctx, caller) -> ctx.json(discovery(issuer))),
                ApiRoute.get("/oauth2/jwks", Access.PUBLIC, (ctx, caller) -> ctx.json(jwks)),
                ApiRoute.get("/oauth2/authorize", Access.PUBLIC, (ctx, caller) -> authorize.show(ctx)),
                ApiRoute.post("/oauth2/authorize", Access.PUBLIC, FORM, (ctx, caller) -> authorize.submit(ctx)),
                ApiRoute.post("/oauth2/token", Access.PUBLIC, FORM, (ctx, caller) -> token.handle(ctx)),
                ApiRoute.get(
                        "/oauth2/userinfo",
                        Access.SIGNED_IN,
                        (ctx, caller) -> identity(ctx, caller, issuer, users, external)),
                ApiRoute.get(
                        "/api/me", Access.SIGNED_IN, (ctx, caller) -> identity(ctx, caller, issuer, users, external)));
    }

    /**
     * Who the caller is: one of the node's own users, or a trusted issuer's user as provisioned from their token
     * (another issuer's subject is never taken for one of the node's own users).
     */
    private static void identity(
            Context ctx, Caller caller, Issuer issuer, UserStore users, ExternalAccounts external) {
        ctx.header("Cache-Control", "no-store");
        boolean ours = issuer.value().equals(caller.issuer());
        ctx.json((ours
                        ? users.byId(caller.subject()).map(StoredUser::identity)
                        : external.find(caller.issuer(), caller.subject()).map(ExternalUser::identity))
                .orElseThrow(() -> new ApiException(401, "invalid_token", "The token's user no longer exists")));
    }

    /** OpenID Connect Discovery 1.0 §3. */
    static Map<String, Object> discovery(Issuer issuer) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("issuer", issuer.value());
        d.put("authorization_endpoint", issuer.endpoint("/oauth2/authorize"));
        d.put("token_endpoint", issuer.endpoint("/oauth2/token"));
        d.put("jwks_uri", issuer.endpoint("/oauth2/jwks"));
        d.put("userinfo_endpoint", issuer.endpoint("/oauth2/userinfo"));
        d.put("scopes_supported", AuthPolicy.SCOPES);
        d.put("response_types_supported", List.of("code"));
        d.put("response_modes_supported", List.of("query"));
        d.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
        d.put("code_challenge_methods_supported", List.of("S256"));
        d.put("token_endpoint_auth_methods_supported", List.of("none"));
        d.put("subject_types_supported", List.of("public"));
        d.put("id_token_signing_alg_values_supported", List.of("RS256"));
        d.put(
                "claims_supported",
                List.of("sub", "iss", "aud", "exp", "iat", "preferred_username", "name", "email", "roles"));
        return d;
    }
}

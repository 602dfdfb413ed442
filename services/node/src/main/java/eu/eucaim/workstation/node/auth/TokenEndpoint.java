package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.auth.OAuthError;
import eu.eucaim.workstation.api.auth.TokenResponse;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * {@code POST /oauth2/token}: {@code authorization_code} (PKCE S256 required) and {@code refresh_token} (rotating).
 * Errors are RFC 6749 §5.2 JSON. Nothing here logs a code or token.
 */
final class TokenEndpoint {
    /** RFC 7636 §4.1: 43..128 unreserved characters. */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private final Grants grants;
    private final UserStore users;
    private final TokenIssuer issuer;

    TokenEndpoint(Grants grants, UserStore users, TokenIssuer issuer) {
        this.grants = grants;
        this.users = users;
        this.issuer = issuer;
    }

    /** Thrown inside this class and answered as an OAuth error. */
    private static final class OAuthFailure extends Exception {
        private final int status;
        private final OAuthError body;

        OAuthFailure(int status, String error, String description) {
            super(description, null, false, false);
            this.status = status;
            this.body = new OAuthError(error, description);
        }
    }

    void handle(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Pragma", "no-cache");
        try {
            if (!AuthPolicy.CLIENT_ID.equals(ctx.formParam("client_id"))) {
                throw new OAuthFailure(
                        401, "invalid_client", "Unknown client_id; this node serves " + AuthPolicy.CLIENT_ID + " only");
            }
            String grantType = ctx.formParam("grant_type");
            TokenResponse tokens;
            if ("authorization_code".equals(grantType)) {
                tokens = exchangeCode(ctx);
            } else if ("refresh_token".equals(grantType)) {
                tokens = refresh(ctx);
            } else {
                throw new OAuthFailure(
                        400,
                        grantType == null ? "invalid_request" : "unsupported_grant_type",
                        "grant_type must be authorization_code or refresh_token");
            }
            ctx.json(tokens);
        } catch (OAuthFailure f) {
            ctx.status(f.status).json(f.body);
        }
    }

    private TokenResponse exchangeCode(Context ctx) throws OAuthFailure {
        String code = required(ctx, "code");
        String verifier = required(ctx, "code_verifier");
        String redirectUri = required(ctx, "redirect_uri");
        if (!VERIFIER.matcher(verifier).matches()) {
            throw new OAuthFailure(400, "invalid_request", "code_verifier must be 43 to 128 unreserved characters");
        }
        Grants.Redeemed<Grants.CodeGrant> redeemed = grants.redeemCode(code);
        if (redeemed.failure() == Grants.Failure.REPLAYED) {
            throw new OAuthFailure(
                    400, "invalid_grant", "The code was already used; the tokens issued for it are" + " revoked");
        }
        Grants.CodeGrant grant = redeemed.grant();
        if (grant == null || grants.expired(grant.expiresAt()) || grants.isRevoked(grant.grantId())) {
            throw new OAuthFailure(400, "invalid_grant", "The code is unknown or expired");
        }
        if (!grant.clientId().equals(ctx.formParam("client_id"))
                || !grant.redirectUri().equals(redirectUri)) {
            throw new OAuthFailure(
                    400, "invalid_grant", "client_id or redirect_uri differ from the authorization" + " request");
        }
        if (!Secrets.same(Secrets.sha256(verifier), grant.codeChallenge())) {
            throw new OAuthFailure(400, "invalid_grant", "code_verifier does not match the code_challenge");
        }
        return issue(grant.userId(), grant.grantId(), grant.clientId(), grant.scope(), grant.nonce());
    }

    private TokenResponse refresh(Context ctx) throws OAuthFailure {
        Grants.Redeemed<Grants.RefreshGrant> redeemed = grants.redeemRefreshToken(required(ctx, "refresh_token"));
        if (redeemed.failure() == Grants.Failure.REPLAYED) {
            throw new OAuthFailure(
                    400,
                    "invalid_grant",
                    "The refresh token was already used; this sign-in is" + " revoked, sign in again");
        }
        Grants.RefreshGrant grant = redeemed.grant();
        if (grant == null || grants.expired(grant.expiresAt()) || grants.isRevoked(grant.grantId())) {
            throw new OAuthFailure(400, "invalid_grant", "The refresh token is unknown, expired or revoked");
        }
        if (!grant.clientId().equals(ctx.formParam("client_id"))) {
            throw new OAuthFailure(400, "invalid_grant", "The refresh token was issued to another client");
        }
        return issue(grant.userId(), grant.grantId(), grant.clientId(), grant.scope(), null);
    }

    /** A new access token, ID token and (rotated) refresh token, all in sign-in {@code grantId}. */
    private TokenResponse issue(String userId, String grantId, String clientId, String scope, String nonce)
            throws OAuthFailure {
        StoredUser user = users.byId(userId)
                .orElseThrow(() -> new OAuthFailure(400, "invalid_grant", "The user no longer exists"));
        return new TokenResponse(
                issuer.accessToken(user, grantId, scope),
                "Bearer",
                AuthPolicy.ACCESS_TOKEN_LIFETIME.toSeconds(),
                grants.newRefreshToken(grantId, clientId, scope),
                issuer.idToken(user, nonce),
                scope);
    }

    private static String required(Context ctx, String name) throws OAuthFailure {
        String v = ctx.formParam(name);
        if (v == null || v.isBlank()) {
            throw new OAuthFailure(400, "invalid_request", "Missing parameter " + name);
        }
        return v;
    }
}

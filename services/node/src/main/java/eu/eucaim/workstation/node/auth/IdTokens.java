package eu.eucaim.workstation.node.auth;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Refuses an OpenID Connect ID token where an access token is expected, by what only ID tokens carry: a {@code typ}
 * claim of {@code ID} (Keycloak), a {@code nonce} or an {@code at_hash} (OpenID Connect Core §2, §3.1.3.6). The
 * header type and audience are checked too, but an issuer may give both kinds the same header and audience.
 */
final class IdTokens {
    private IdTokens() {}

    static void refuse(JWTClaimsSet claims) throws InvalidTokenException {
        Object typ = claims.getClaim("typ");
        if (typ instanceof String s && s.equalsIgnoreCase("ID")) {
            throw refused("its claim typ is ID");
        }
        if (claims.getClaim("nonce") != null) {
            throw refused("it has a nonce claim");
        }
        if (claims.getClaim("at_hash") != null) {
            throw refused("it has an at_hash claim");
        }
    }

    private static InvalidTokenException refused(String why) {
        return new InvalidTokenException(
                "The token is an ID token (" + why + "), not an access token; send the access token instead");
    }
}

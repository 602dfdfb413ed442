package eu.eucaim.workstation.node.auth;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An OpenID Connect issuer whose access tokens the node accepts besides its own, and how to read them.
 *
 * @param issuer     its identifier, an absolute http(s) URL, without a trailing slash (tokens' {@code iss} must equal
 *                   it; its discovery document is at {@code issuer + "/.well-known/openid-configuration"})
 * @param audience   what the tokens' {@code aud} must contain (default {@link AuthPolicy#AUDIENCE}; Keycloak's access
 *                   tokens say {@code account} unless the realm adds an audience mapper)
 * @param roles      where the tokens carry roles and what their values mean (default: {@code roles}, role names)
 * @param tokenTypes the header {@code typ} values accepted, compared without case and without an
 *                   {@code application/} prefix (default {@code at+jwt}, RFC 9068; Keycloak says {@code JWT})
 */
public record TrustedIssuer(URI issuer, String audience, RoleMapping roles, Set<String> tokenTypes) {
    /** Longest issuer identifier (it is stored with each of its users). */
    static final int MAX_ISSUER_LENGTH = 512;

    private static final Pattern TOKEN_TYPE = Pattern.compile("[A-Za-z0-9!#$&^_.+/-]+");

    public TrustedIssuer {
        issuer = identifier(issuer);
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException(
                    "The audience of " + issuer + " is empty; expected e.g. " + AuthPolicy.AUDIENCE + " or account");
        }
        audience = audience.strip();
        roles = roles == null ? RoleMapping.DEFAULT : roles;
        if (tokenTypes == null || tokenTypes.isEmpty()) {
            throw new IllegalArgumentException(
                    "No token type is accepted from " + issuer + "; expected e.g. at+jwt or at+jwt,JWT");
        }
        for (String t : tokenTypes) {
            if (t == null || !TOKEN_TYPE.matcher(t).matches()) {
                throw new IllegalArgumentException(
                        "'" + t + "' is not a token type (a header typ value such as at+jwt or JWT)");
            }
        }
        tokenTypes = tokenTypes.stream().map(TrustedIssuer::normalType).collect(Collectors.toUnmodifiableSet());
    }

    /** An issuer with today's defaults: audience {@code eucaim-workstation}, claim {@code roles}, type at+jwt. */
    public static TrustedIssuer of(URI issuer) {
        return new TrustedIssuer(
                issuer, AuthPolicy.AUDIENCE, RoleMapping.DEFAULT, Set.of(AuthPolicy.ACCESS_TOKEN_TYPE));
    }

    /** {@code issuer} as a string, the form tokens' {@code iss} is compared with. */
    String id() {
        return issuer.toString();
    }

    /** A header {@code typ} as compared: lower case, without {@code application/} (RFC 7515 §4.1.9). */
    static String normalType(String typ) {
        String t = typ.toLowerCase(Locale.ROOT);
        return t.startsWith("application/") ? t.substring("application/".length()) : t;
    }

    /** An issuer identifier: an absolute http(s) URI, compared without its trailing slash. */
    private static URI identifier(URI uri) {
        if (uri == null
                || !uri.isAbsolute()
                || uri.getHost() == null
                || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("A trusted issuer must be an absolute http(s) URL such as "
                    + "https://login.aai.lifescience-ri.eu/oidc, got '" + uri + "'");
        }
        String s = uri.toString();
        s = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        if (s.length() > MAX_ISSUER_LENGTH) {
            throw new IllegalArgumentException(
                    "A trusted issuer's URL may have at most " + MAX_ISSUER_LENGTH + " characters");
        }
        return URI.create(s);
    }

    @Override
    public String toString() {
        return issuer + " (audience " + audience + ", roles " + roles + ", types "
                + tokenTypes.stream().sorted().toList() + ")";
    }
}

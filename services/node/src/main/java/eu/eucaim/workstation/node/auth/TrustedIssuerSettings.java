package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.auth.Role;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a trusted issuer and its settings from one line, as {@code eucaim node --trust-issuer} takes it:
 * {@code URL[;audience=AUD][;roles=CLAIM.PATH][;types=TYP,TYP...][;role.ROLE=VALUE...]}, e.g.
 * {@code https://kc.example/realms/eucaim;audience=account;roles=realm_access.roles;types=JWT,at+jwt} or
 * {@code https://login.aai.lifescience-ri.eu/oidc;roles=eduperson_entitlement;role.researcher=urn:geant:...:researcher}.
 * Settings not given keep {@link TrustedIssuer#of}'s defaults. A value runs to the next {@code ;} and may hold
 * {@code =}, {@code :} and {@code #}.
 */
public final class TrustedIssuerSettings {
    static final String KEYS = "audience, roles, types or role.<role>";

    private TrustedIssuerSettings() {}

    /** @throws IllegalArgumentException naming the part that is wrong and what was expected */
    public static TrustedIssuer parse(String line) {
        if (line == null || line.isBlank()) {
            throw new IllegalArgumentException("The trusted issuer is empty; expected URL[;setting=value...]");
        }
        String[] parts = line.strip().split(";");
        URI issuer;
        try {
            issuer = URI.create(parts[0].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + parts[0].strip() + "' is not a URL", e);
        }
        TrustedIssuer defaults = TrustedIssuer.of(issuer);
        String audience = defaults.audience();
        String claim = defaults.roles().claim();
        Set<String> types = defaults.tokenTypes();
        List<RoleMapping.Rule> rules = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String part : Arrays.asList(parts).subList(1, parts.length)) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Setting '" + part.strip() + "' of " + issuer
                        + " has no value; expected KEY=VALUE with KEY " + KEYS);
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            if (!key.startsWith("role.") && !seen.add(key)) {
                throw new IllegalArgumentException("Setting '" + key + "' of " + issuer + " is given twice");
            }
            switch (key) {
                case "audience" -> audience = value;
                case "roles" -> claim = value;
                case "types" -> types = types(value, issuer);
                default -> {
                    if (!key.startsWith("role.")) {
                        throw new IllegalArgumentException(
                                "Unknown setting '" + key + "' of " + issuer + "; expected " + KEYS);
                    }
                    rules.add(new RoleMapping.Rule(role(key.substring("role.".length())), value));
                }
            }
        }
        return new TrustedIssuer(defaults.issuer(), audience, new RoleMapping(claim, rules), types);
    }

    private static Set<String> types(String value, URI issuer) {
        Set<String> types = new LinkedHashSet<>();
        for (String t : value.split(",")) {
            if (!t.isBlank()) {
                types.add(t.strip());
            }
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException(
                    "types of " + issuer + " lists no token type; expected e.g. types=at+jwt,JWT");
        }
        return types;
    }

    private static Role role(String name) {
        return Role.fromClaim(name)
                .orElseThrow(() -> new IllegalArgumentException("role." + name + ": unknown role '" + name
                        + "'; expected one of "
                        + Arrays.stream(Role.values()).map(Role::claim).toList()));
    }
}

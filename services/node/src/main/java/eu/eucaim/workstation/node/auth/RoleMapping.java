package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.api.auth.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a trusted issuer's access tokens carry the user's roles, and what the values mean. {@code claim} is a path of
 * claim names separated by dots ({@code roles}, {@code realm_access.roles}, {@code resource_access.<client>.roles},
 * {@code eduperson_entitlement}; a name that itself holds dots, such as a client id, is matched whole). The claim may
 * hold a list of strings or one string. Without {@code rules} each value is a role's name ({@code researcher},
 * {@code data_steward}, ...); with rules, only values a rule names count: a value equal to a rule's value, or to it
 * followed by {@code #} and anything (the group authority of an AARC-G002 entitlement such as
 * {@code urn:geant:lifescience-ri.eu:group:eucaim:researcher#aai.lifescience-ri.eu}), gives the rule's role.
 */
public record RoleMapping(String claim, List<Rule> rules) {
    /** A claim value that gives a role. */
    public record Rule(Role role, String value) {
        public Rule {
            Objects.requireNonNull(role, "role");
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("The claim value for role " + role.claim() + " is empty");
            }
        }
    }

    /** The node's own convention: a {@code roles} claim listing role names. */
    public static final RoleMapping DEFAULT = new RoleMapping("roles", List.of());

    public RoleMapping {
        if (claim == null || claim.isBlank() || claim.startsWith(".") || claim.endsWith(".") || claim.contains("..")) {
            throw new IllegalArgumentException(
                    "The roles claim must be a claim name or a dotted path such as realm_access.roles, got '" + claim
                            + "'");
        }
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The roles {@code claims} (a token's claims as JSON values) give; values that name no role are ignored. */
    Set<Role> rolesIn(Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(find(claims, claim))) {
            if (rules.isEmpty()) {
                Role.fromClaim(value).ifPresent(roles::add);
            } else {
                for (Rule r : rules) {
                    if (value.equals(r.value()) || value.startsWith(r.value() + "#")) {
                        roles.add(r.role());
                    }
                }
            }
        }
        return roles;
    }

    /** The value at {@code path}: at each level the longest dotted run of names that is a key there. */
    private static Object find(Object node, String path) {
        if (path.isEmpty()) {
            return node;
        }
        if (!(node instanceof Map<?, ?> map)) {
            return null;
        }
        for (int end = path.length(); end > 0; end = path.lastIndexOf('.', end - 1)) {
            String key = path.substring(0, end);
            if (map.containsKey(key)) {
                Object found = find(map.get(key), end == path.length() ? "" : path.substring(end + 1));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> values(Object found) {
        List<String> out = new ArrayList<>();
        if (found instanceof String s) {
            out.add(s);
        } else if (found instanceof Collection<?> c) {
            for (Object o : c) {
                if (o instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return rules.isEmpty()
                ? claim
                : claim + " "
                        + rules.stream()
                                .map(r -> r.value() + "->" + r.role().claim())
                                .toList();
    }
}

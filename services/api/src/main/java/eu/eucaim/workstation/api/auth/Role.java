package eu.eucaim.workstation.api.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The roles that matter to the workstation. On the wire (the {@code roles} claim, userinfo, {@code /api/me}) a role is
 * its lower-case name, e.g. {@code data_steward}, so that tokens from other providers can carry the same strings.
 */
public enum Role {
    /** Searches, requests access, works with granted data. */
    RESEARCHER,
    /** Represents the datasets of one or more biobanks (the user guide's "dataset representative"). */
    DATA_STEWARD,
    /** Access committee: decides access requests. */
    ADMIN,
    /** Answers tickets. */
    HELPDESK_AGENT;

    @JsonValue
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a claim value names, or empty for a value this version does not know (tokens may carry more). */
    public static java.util.Optional<Role> fromClaim(String claim) {
        for (Role r : values()) {
            if (r.claim().equals(claim)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    @JsonCreator
    static Role json(String claim) {
        return fromClaim(claim).orElseThrow(() -> new IllegalArgumentException("Unknown role: " + claim));
    }
}

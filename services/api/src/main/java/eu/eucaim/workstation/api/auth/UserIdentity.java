package eu.eucaim.workstation.api.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who a signed-in caller is: the OpenID Connect userinfo answer and {@code GET /api/me}.
 *
 * @param subject           the provider's stable user id ({@code sub})
 * @param username          {@code preferred_username}
 * @param name              display name
 * @param email             e-mail address, or null
 * @param roles             the caller's roles
 * @param stewardedBiobanks the biobank ids whose datasets a {@link Role#DATA_STEWARD} represents; empty otherwise
 */
public record UserIdentity(
        @JsonProperty("sub") String subject,
        @JsonProperty("preferred_username") String username,
        @JsonProperty("name") String name,
        @JsonProperty("email") String email,
        @JsonProperty("roles") Set<Role> roles,
        @JsonProperty("steward_of") List<String> stewardedBiobanks) {
    public UserIdentity {
        Objects.requireNonNull(subject, "subject");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        stewardedBiobanks = stewardedBiobanks == null ? List.of() : List.copyOf(stewardedBiobanks);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}

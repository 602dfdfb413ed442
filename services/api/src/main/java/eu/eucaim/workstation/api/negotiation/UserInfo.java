package eu.eucaim.workstation.api.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v3/userinfo}: the caller as the Negotiator knows them. {@code roles} ("ROLE_RESEARCHER",
 * "ROLE_ADMIN", "ROLE_REPRESENTATIVE", …) is what counts: upstream's {@code admin} flag stays false for an admin
 * recognised from the token.
 */
public record UserInfo(
        List<String> roles,
        String id,
        String subjectId,
        String name,
        @JsonInclude(JsonInclude.Include.ALWAYS) String email,
        @JsonInclude(JsonInclude.Include.ALWAYS) String lastLogin,
        boolean serviceAccount,
        boolean admin,
        boolean representativeOfAnyResource,
        boolean networkManager,
        Map<String, Link> _links) {}

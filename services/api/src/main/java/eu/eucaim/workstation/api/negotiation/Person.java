package eu.eucaim.workstation.api.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A user as the Negotiator describes one (a negotiation's author, a post's writer); {@code id} is a number. */
public record Person(
        String id,
        String subjectId,
        String name,
        @JsonInclude(JsonInclude.Include.ALWAYS) String email,
        @JsonInclude(JsonInclude.Include.ALWAYS) String lastLogin,
        boolean serviceAccount,
        boolean admin,
        boolean representativeOfAnyResource,
        boolean networkManager) {}

package eu.eucaim.workstation.api.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A file attached to a negotiation: what an upload answers and what a FILE element of the form stores as its value.
 * {@code contentType} is what the content is (recognised by the server), not what the name says.
 */
public record Attachment(
        String id,
        @JsonInclude(JsonInclude.Include.ALWAYS) String organizationId,
        String name,
        String contentType,
        long size) {}

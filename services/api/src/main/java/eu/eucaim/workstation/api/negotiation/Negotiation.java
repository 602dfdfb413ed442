package eu.eucaim.workstation.api.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A negotiation: {@code payload} is the access form's answers, {@code {section name: {element name: value}}}
 * (BOOLEAN "Yes"/"No", NUMBER a string, MULTIPLE_CHOICE an array, FILE the attachment's {@code {id, name,
 * contentType, size}}); {@code status} a {@code NegotiationState} name. No resources inside: see
 * {@code /negotiations/{id}/resources}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Negotiation(
        String id,
        String displayId,
        Person author,
        JsonNode payload,
        String status,
        String humanReadable,
        boolean publicPostsEnabled,
        boolean privatePostsEnabled,
        String creationDate,
        String modifiedDate,
        boolean payloadUpdatable,
        Map<String, Link> _links) {}

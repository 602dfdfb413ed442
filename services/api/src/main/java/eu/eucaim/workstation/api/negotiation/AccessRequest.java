package eu.eucaim.workstation.api.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** A request (before a negotiation is made from it); {@code redirectUrl} only in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessRequest(
        String id,
        String url,
        String humanReadable,
        List<RequestResource> resources,
        String redirectUrl,
        Map<String, Link> _links) {}

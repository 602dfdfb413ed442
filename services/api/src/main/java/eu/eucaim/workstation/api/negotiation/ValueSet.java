package eu.eucaim.workstation.api.negotiation;

import java.util.List;
import java.util.Map;

/** The values a choice element offers ({@code GET /v3/value-sets/{id}}). */
public record ValueSet(
        long id, String name, String externalDocumentation, List<String> availableValues, Map<String, Link> _links) {}

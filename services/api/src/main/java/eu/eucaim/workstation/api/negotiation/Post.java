package eu.eucaim.workstation.api.negotiation;

import java.util.Map;

/**
 * A message in a negotiation. PUBLIC posts reach every party; a PRIVATE one is between the researcher and one
 * organisation ({@code organizationId}, only on private posts), plus the access committee.
 */
public record Post(
        String id,
        String negotiationId,
        String text,
        String creationDate,
        Person createdBy,
        String organizationId,
        String type,
        Map<String, Link> _links) {}

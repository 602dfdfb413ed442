package eu.eucaim.workstation.api.negotiation;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code PATCH /v3/negotiations/{id}}: the access form's answers so far. */
public record PayloadUpdate(JsonNode payload) {}

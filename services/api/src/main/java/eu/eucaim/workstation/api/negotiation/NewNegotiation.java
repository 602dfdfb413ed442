package eu.eucaim.workstation.api.negotiation;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code POST /v3/negotiations}: made from request {@code request}, a draft from the wizard's first page. */
public record NewNegotiation(String request, JsonNode payload, boolean draft) {}

package eu.eucaim.workstation.api.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A dataset of a negotiation with its state ({@code currentState}, a {@code ResourceState} name; absent before
 * the negotiation is in progress). For a representative, {@code _links} has one entry per event they may fire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NegotiationResource(
        long id,
        String sourceId,
        String name,
        String description,
        Organization organization,
        String currentState,
        Map<String, Link> _links) {}

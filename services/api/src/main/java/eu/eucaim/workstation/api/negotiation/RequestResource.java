package eu.eucaim.workstation.api.negotiation;

/** A resource of a request as the Negotiator answers it: {@code id} is its {@code sourceId}. */
public record RequestResource(String id, String name, String description, Organization organization) {}

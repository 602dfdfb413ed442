package eu.eucaim.workstation.api.negotiation;

/** Who holds a resource: for EUCAIM, the biobank of a dataset. */
public record Organization(long id, String externalId, String name, boolean withdrawn) {}

package eu.eucaim.workstation.api.catalogue;

/** The imaging biobank that publishes a dataset. {@code country} is an ISO 3166-1 alpha-2 code. */
public record Publisher(String biobankId, String name, String country) {}

package eu.eucaim.workstation.api.catalogue;

/**
 * A diagnosis, coded as in the federated search catalogue: {@code code} is the SNOMED CT code with its prefix,
 * e.g. {@code SNOMEDCT254837009}, {@code label} e.g. "Breast cancer".
 */
public record Condition(String code, String label) {}

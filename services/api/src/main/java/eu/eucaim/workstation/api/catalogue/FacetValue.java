package eu.eucaim.workstation.api.catalogue;

/**
 * One value of a facet with the number of datasets that have it, given every other facet's filter
 * (the usual "disjunctive" facet counting: selecting MR does not hide the count for CT).
 *
 * @param value the value to filter on (a code)
 * @param label the text to show (e.g. "Breast cancer" for {@code SNOMEDCT254837009}, "Germany" for {@code DE})
 */
public record FacetValue(String value, String label, long count) {}

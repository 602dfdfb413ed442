package eu.eucaim.workstation.api.catalogue;

import java.util.List;
import java.util.Map;

/**
 * One page of search results. {@code facets} has an entry for every {@link CatalogueFacet#param()}, each value
 * sorted by descending count then label.
 */
public record DatasetPage(List<Dataset> items, long total, int page, int size, Map<String, List<FacetValue>> facets) {}

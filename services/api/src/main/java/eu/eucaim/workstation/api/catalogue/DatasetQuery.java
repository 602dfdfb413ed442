package eu.eucaim.workstation.api.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A catalogue search. {@code filters} maps each facet to the values selected; values within one facet are OR-ed,
 * facets are AND-ed. Facet values are the {@link FacetValue#value()} strings: country codes, condition codes
 * ({@code SNOMEDCT254837009}), modality codes, body parts, manufacturers, {@link AccessCondition} names.
 * On the wire each value is a repeated query parameter: {@code ?modality=MR&modality=CT}.
 *
 * @param text free text over title, description and keywords; blank for none
 * @param page zero-based page number
 * @param size page size, 1..200
 */
public record DatasetQuery(String text, Map<CatalogueFacet, List<String>> filters, int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public DatasetQuery {
        text = text == null ? "" : text.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static DatasetQuery all() {
        return new DatasetQuery("", Map.of(), 0, DEFAULT_SIZE);
    }
}

package eu.eucaim.workstation.client.catalogue.emx2;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.client.catalogue.emx2.Emx2Schema.Column;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue search as one GraphQL request: the page of {@code Collections} ({@code limit}, {@code offset},
 * {@code orderby} the title, the filter), {@code Collections_agg { count }} with the same filter, and for each facet
 * {@code Collections_groupBy { count <column> { <key> } }} under the facet's name, filtered by every other facet
 * (disjunctive counts, as {@link eu.eucaim.workstation.api.catalogue.FacetValue} says). Filters are written as the
 * Directory app writes them (applyFiltersToQuery.js): one value of a facet {@code where(column).in([v])}, several
 * {@code orWhere(column).in(values)}; free text is EMX2's {@code search} argument.
 */
final class CollectionQueries {
    /** The facets the EUCAIM model can answer; the access conditions are a distribution's, not in the model. */
    static final Map<CatalogueFacet, CollectionField> FACETS = new EnumMap<>(Map.of(
            CatalogueFacet.COUNTRY, CollectionField.COUNTRY,
            CatalogueFacet.CONDITION, CollectionField.CONDITION,
            CatalogueFacet.MODALITY, CollectionField.MODALITY,
            CatalogueFacet.BODY_PART, CollectionField.BODY_PART,
            CatalogueFacet.MANUFACTURER, CollectionField.MANUFACTURER));

    private CollectionQueries() {}

    /** The request for one page with its total and facets. */
    static String page(CollectionBinding b, DatasetQuery q, RightsStatements rights) {
        String table = b.collections().id();
        List<Emx2Query> queries = new ArrayList<>();
        Emx2Query rows = filtered(b, q, rights, Emx2Query.table(table).select(rowColumns(b)), null)
                .limit(q.size())
                .offset(q.page() * q.size())
                // By title, as the node's catalogue lists everywhere (and the explorer shows): a list by id
                // would put unrelated datasets side by side.
                .orderBy(
                        b.column(CollectionField.TITLE)
                                .map(c -> c.id())
                                .orElse(b.key().id()),
                        "asc");
        queries.add(rows);
        queries.add(filtered(b, q, rights, Emx2Query.table(table + "_agg").select("count"), null));
        for (CatalogueFacet facet : CatalogueFacet.values()) {
            Optional<String> path = facetPath(b, facet);
            path.ifPresent(p -> queries.add(filtered(
                    b,
                    q,
                    rights,
                    Emx2Query.table(table + "_groupBy").as(facet.param()).select("count", p),
                    facet)));
        }
        return Emx2Query.document(queries);
    }

    /** The columns a dataset is made of: each bound field, a reference as its key and what to show of it. */
    static String[] rowColumns(CollectionBinding b) {
        List<String> columns = new ArrayList<>();
        columns.add(b.key().id());
        for (CollectionField f : CollectionField.values()) {
            b.column(f).ifPresent(c -> {
                if (!c.isReference()) {
                    columns.add(c.id());
                    return;
                }
                b.targetKey(c).ifPresent(k -> columns.add(c.id() + "." + k.id()));
                b.target(c).flatMap(Emx2Schema.Table::display).ifPresent(d -> columns.add(c.id() + "." + d.id()));
            });
        }
        for (NestedField n : NestedField.values()) {
            b.selection(n).ifPresent(columns::add);
        }
        return columns.stream().distinct().toArray(String[]::new);
    }

    private static AccessCondition accessCondition(String value) {
        try {
            return AccessCondition.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an access condition: '" + value + "' (expected one of "
                    + java.util.Arrays.toString(AccessCondition.values()) + ")");
        }
    }

    /**
     * {@code column.key} of the facet's column, or empty when the schema has no column for it; access conditions
     * through the distributions' rights statements.
     */
    static Optional<String> facetPath(CollectionBinding b, CatalogueFacet facet) {
        if (facet == CatalogueFacet.ACCESS_CONDITION) {
            return b.selection(NestedField.RIGHTS);
        }
        CollectionField field = FACETS.get(facet);
        if (field == null) {
            return Optional.empty();
        }
        return b.column(field).map(c -> path(b, c));
    }

    private static String path(CollectionBinding b, Column c) {
        return c.isReference() ? b.targetKey(c).map(k -> c.id() + "." + k.id()).orElse(c.id()) : c.id();
    }

    /**
     * {@code query} with the search's text and every facet's filter but {@code except}'s.
     *
     * @throws IllegalArgumentException for a filter on a facet the schema has no column for
     */
    private static Emx2Query filtered(
            CollectionBinding b, DatasetQuery q, RightsStatements rights, Emx2Query query, CatalogueFacet except) {
        query.find(q.text());
        for (CatalogueFacet facet : CatalogueFacet.values()) {
            List<String> values = q.filters().getOrDefault(facet, List.of()).stream()
                    .filter(v -> v != null && !v.isBlank())
                    .flatMap(v -> facet == CatalogueFacet.ACCESS_CONDITION
                            ? rights.ids(accessCondition(v)).stream()
                            : java.util.stream.Stream.of(TermCodes.toEmx2(v)))
                    .toList();
            if (values.isEmpty() || facet == except) {
                continue;
            }
            String path = facetPath(b, facet)
                    .orElseThrow(() -> new IllegalArgumentException("The EMX2 catalogue has no column for the "
                            + facet.label() + " filter (no column of Collections with the semantics for it)"));
            if (values.size() == 1) {
                query.where(path).in(values);
            } else {
                query.orWhere(path).in(values);
            }
        }
        return query;
    }
}

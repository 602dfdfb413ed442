package eu.eucaim.workstation.node.catalogue;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Condition;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.FacetValue;
import eu.eucaim.workstation.api.catalogue.Network;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The in-memory read model of the catalogue, built from what {@link CatalogueStore} read. Immutable: when the data
 * changes a new index is built and swapped in. Search is one pass over the datasets (kept in title order), which is
 * a few milliseconds even for 10,000 datasets.
 */
public final class CatalogueIndex {
    private static final CatalogueFacet[] FACETS = CatalogueFacet.values();

    private final List<Entry> entries;
    private final Map<String, Dataset> byId;
    private final List<Network> networks;
    private final CatalogueSummary summary;
    private final FacetLabels labels;

    private record Entry(Dataset dataset, String text, Map<CatalogueFacet, Set<String>> facetValues) {}

    private CatalogueIndex(
            List<Entry> entries,
            Map<String, Dataset> byId,
            List<Network> networks,
            CatalogueSummary summary,
            FacetLabels labels) {
        this.entries = entries;
        this.byId = byId;
        this.networks = networks;
        this.summary = summary;
        this.labels = labels;
    }

    public static CatalogueIndex of(CatalogueStore.Contents contents) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Dataset> byId = new HashMap<>();
        Map<String, String> conditionLabels = new HashMap<>();
        contents.datasets().stream().sorted(CatalogueOrder.BY_TITLE).forEach(d -> {
            entries.add(new Entry(d, searchableText(d), facetValues(d)));
            byId.put(d.id(), d);
            for (Condition c : d.conditions()) {
                conditionLabels.putIfAbsent(c.code(), c.label());
            }
        });
        return new CatalogueIndex(
                List.copyOf(entries),
                Map.copyOf(byId),
                List.copyOf(contents.networks()),
                CatalogueSummaries.of(contents),
                new FacetLabels(conditionLabels));
    }

    private static String searchableText(Dataset d) {
        return (d.title() + "\n" + d.description() + "\n" + String.join("\n", d.keywords())).toLowerCase(Locale.ROOT);
    }

    private static Map<CatalogueFacet, Set<String>> facetValues(Dataset d) {
        Map<CatalogueFacet, Set<String>> values = new EnumMap<>(CatalogueFacet.class);
        values.put(CatalogueFacet.COUNTRY, Set.of(d.publisher().country()));
        values.put(
                CatalogueFacet.CONDITION,
                Set.copyOf(d.conditions().stream().map(Condition::code).toList()));
        values.put(CatalogueFacet.MODALITY, Set.copyOf(d.modalities()));
        values.put(CatalogueFacet.BODY_PART, Set.copyOf(d.bodyParts()));
        values.put(CatalogueFacet.MANUFACTURER, Set.copyOf(d.manufacturers()));
        values.put(
                CatalogueFacet.ACCESS_CONDITION,
                Set.copyOf(
                        d.accessConditions().stream().map(AccessCondition::name).toList()));
        return values;
    }

    public Optional<Dataset> dataset(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every dataset, by title. */
    public List<Dataset> datasets() {
        return entries.stream().map(Entry::dataset).toList();
    }

    public List<Network> networks() {
        return networks;
    }

    public CatalogueSummary summary() {
        return summary;
    }

    public int size() {
        return entries.size();
    }

    /**
     * Free text (every word must occur in title, description or keywords), facets OR-ed within and AND-ed across.
     * Facet counts are disjunctive: each facet is counted over the datasets that pass every filter but its own.
     */
    public DatasetPage search(DatasetQuery query) {
        String[] words = query.text().isEmpty()
                ? new String[0]
                : query.text().toLowerCase(Locale.ROOT).split("\\s+");
        Map<CatalogueFacet, List<String>> filters = query.filters();
        List<Map<String, Long>> counts = new ArrayList<>(FACETS.length);
        for (int f = 0; f < FACETS.length; f++) {
            counts.add(new HashMap<>());
        }
        List<Dataset> matches = new ArrayList<>();
        for (Entry e : entries) {
            if (!containsAll(e.text, words)) {
                continue;
            }
            int failed = -1; // index of the one facet that rejects the dataset; -2 when two or more do
            for (int f = 0; f < FACETS.length && failed != -2; f++) {
                List<String> wanted = filters.get(FACETS[f]);
                if (wanted != null && !wanted.isEmpty() && !intersects(e.facetValues.get(FACETS[f]), wanted)) {
                    failed = failed == -1 ? f : -2;
                }
            }
            if (failed == -1) {
                matches.add(e.dataset);
                for (int f = 0; f < FACETS.length; f++) {
                    count(counts.get(f), e.facetValues.get(FACETS[f]));
                }
            } else if (failed >= 0) {
                // Rejected only by its own facet: still counts for that facet's other values.
                count(counts.get(failed), e.facetValues.get(FACETS[failed]));
            }
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (int f = 0; f < FACETS.length; f++) {
            facets.put(FACETS[f].param(), facetValues(FACETS[f], counts.get(f), filters.get(FACETS[f])));
        }
        int from = (int) Math.min((long) query.page() * query.size(), matches.size());
        int to = Math.min(from + query.size(), matches.size());
        return new DatasetPage(
                List.copyOf(matches.subList(from, to)), matches.size(), query.page(), query.size(), facets);
    }

    private List<FacetValue> facetValues(CatalogueFacet facet, Map<String, Long> counts, List<String> selected) {
        if (selected != null) {
            // A selected value stays visible (with 0) so that it can be unselected.
            selected.forEach(v -> counts.putIfAbsent(v, 0L));
        }
        List<FacetValue> values = new ArrayList<>(counts.size());
        counts.forEach((value, count) -> values.add(new FacetValue(value, labels.label(facet, value), count)));
        values.sort(Comparator.comparingLong(FacetValue::count)
                .reversed()
                .thenComparing(FacetValue::label)
                .thenComparing(FacetValue::value));
        return List.copyOf(values);
    }

    private static void count(Map<String, Long> counts, Set<String> values) {
        for (String v : values) {
            counts.merge(v, 1L, Long::sum);
        }
    }

    private static boolean intersects(Set<String> values, List<String> wanted) {
        for (String w : wanted) {
            if (values.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAll(String text, String[] words) {
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }
}

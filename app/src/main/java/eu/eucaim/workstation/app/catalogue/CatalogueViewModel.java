package eu.eucaim.workstation.app.catalogue;

import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.FacetValue;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.app.fx.BackgroundTask;
import eu.eucaim.workstation.app.fx.Debouncer;
import eu.eucaim.workstation.app.fx.Errors;
import eu.eucaim.workstation.app.fx.LoadStatus;
import eu.eucaim.workstation.app.fx.Loader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The public catalogue: free-text search (debounced while typing), facet filters, paged results, the dataset
 * detail and the network → biobank → dataset hierarchy. Call every method on the UI thread.
 */
public final class CatalogueViewModel {
    public static final Duration DEBOUNCE = Duration.ofMillis(300);

    private final CatalogueService catalogue;
    private final int pageSize;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final Map<CatalogueFacet, Set<String>> filters = new EnumMap<>(CatalogueFacet.class);
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper(this, "filtered");
    private final ObservableList<Dataset> results = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyBooleanWrapper canLoadMore = new ReadOnlyBooleanWrapper(this, "canLoadMore");
    private final ReadOnlyObjectWrapper<Map<String, List<FacetValue>>> facets =
            new ReadOnlyObjectWrapper<>(this, "facets", Map.of());
    private final ReadOnlyObjectWrapper<Dataset> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyObjectWrapper<List<Network>> networks =
            new ReadOnlyObjectWrapper<>(this, "networks", List.of());
    private final Loader searchLoader;
    private final Loader detailLoader;
    private final Loader hierarchyLoader;
    private final BackgroundTask matchTask;
    private final Debouncer debouncer;
    private final ReadOnlyStringWrapper hierarchyNote = new ReadOnlyStringWrapper(this, "hierarchyNote", "");
    /** Every network as the node sent it; {@link #networks} is this cut down to {@link #matching}. */
    private List<Network> allNetworks = List.of();
    /** The ids the search selects, or null when nothing is searched (all datasets). */
    private Set<String> matching;

    private String matchedCriteria = "";
    private int pagesShown;
    private String openedId;
    private CatalogueService openedFrom;

    public CatalogueViewModel(
            CatalogueService catalogue,
            Executor ui,
            ScheduledExecutorService scheduler,
            Duration debounce,
            int pageSize) {
        this.catalogue = catalogue;
        this.pageSize = pageSize;
        this.searchLoader = new Loader(ui);
        this.detailLoader = new Loader(ui);
        this.hierarchyLoader = new Loader(ui);
        this.matchTask = new BackgroundTask(ui);
        this.debouncer = new Debouncer(scheduler, ui, debounce, this::search);
        searchText.addListener((obs, old, text) -> debouncer.trigger());
    }

    /** Search as you type: the text property triggers a debounced search by itself. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Enter in the search box: search now, without waiting for the debounce. */
    public void searchNow() {
        debouncer.cancel();
        search();
    }

    /** Runs the current query from the first page. */
    public void search() {
        pagesShown = 0;
        DatasetQuery query = query(0);
        String criteria = criteria();
        searchLoader.load(catalogue.search(query), page -> {
            results.setAll(page.items());
            shown(page);
            match(query, criteria, page);
        });
    }

    /** Appends the next page to the results. */
    public void loadMore() {
        if (!canLoadMore.get()) {
            return;
        }
        searchLoader.load(catalogue.search(query(pagesShown)), page -> {
            results.addAll(page.items());
            shown(page);
        });
    }

    private void shown(DatasetPage page) {
        pagesShown = page.page() + 1;
        total.set(page.total());
        facets.set(page.facets() == null ? Map.of() : page.facets());
        canLoadMore.set(results.size() < page.total() && !page.items().isEmpty());
    }

    private DatasetQuery query(int page) {
        Map<CatalogueFacet, List<String>> selected = new EnumMap<>(CatalogueFacet.class);
        filters.forEach((facet, values) -> selected.put(facet, List.copyOf(values)));
        return new DatasetQuery(searchText.get(), selected, page, pageSize);
    }

    /** How the current results were found, in words: {@code Catalogue search "lung" (Modality: CT, MR)}. */
    public String searchDescription() {
        String text = searchText.get() == null ? "" : searchText.get().strip();
        StringBuilder s =
                new StringBuilder(text.isEmpty() ? "Catalogue browsing" : "Catalogue search \"" + text + "\"");
        java.util.List<String> parts = new java.util.ArrayList<>();
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                parts.add(facet.label() + ": " + String.join(", ", new java.util.TreeSet<>(values)));
            }
        });
        if (!parts.isEmpty()) {
            s.append(" (").append(String.join("; ", parts)).append(')');
        }
        return s.toString();
    }

    public boolean isSelected(CatalogueFacet facet, String value) {
        return filters.getOrDefault(facet, Set.of()).contains(value);
    }

    /** Ticks or unticks a facet value and searches again. */
    public void setFilter(CatalogueFacet facet, String value, boolean selected) {
        Set<String> values = filters.computeIfAbsent(facet, f -> new LinkedHashSet<>());
        boolean changed = selected ? values.add(value) : values.remove(value);
        if (values.isEmpty()) {
            filters.remove(facet);
        }
        if (changed) {
            filtered.set(!filters.isEmpty());
            searchNow();
        }
    }

    /**
     * Shows the datasets with {@code value} of {@code facet} and nothing else filtered (a click on a Dashboard chart):
     * the search text and other filters go, so that what shows is exactly what was clicked. The value is matched to
     * the facet's own spelling, whatever its case.
     */
    public void showOnly(CatalogueFacet facet, String value) {
        String known = facetValues(facet).stream()
                .map(FacetValue::value)
                .filter(v -> v.equalsIgnoreCase(value))
                .findFirst()
                .orElse(value);
        filters.clear();
        filters.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(known);
        filtered.set(true);
        searchText.set("");
        searchNow();
    }

    public void clearFilters() {
        if (!filters.isEmpty()) {
            filters.clear();
            filtered.set(false);
            searchNow();
        }
    }

    /** Whether any facet value is ticked ("Clear filters" is enabled). */
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    /**
     * The values to offer for {@code facet}: what the node counted, plus any ticked value the node no longer
     * lists (with count 0), so that a ticked box never disappears and can always be unticked.
     */
    public List<FacetValue> facetValues(CatalogueFacet facet) {
        List<FacetValue> counted = facets.get().getOrDefault(facet.param(), List.of());
        List<FacetValue> values = new ArrayList<>(counted);
        for (String ticked : filters.getOrDefault(facet, Set.of())) {
            if (counted.stream().noneMatch(v -> v.value().equals(ticked))) {
                values.add(new FacetValue(ticked, ticked, 0));
            }
        }
        return values;
    }

    public ObservableList<Dataset> results() {
        return results;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canLoadMoreProperty() {
        return canLoadMore.getReadOnlyProperty();
    }

    /** Changes with every answer; the facet panel redraws from {@link #facetValues(CatalogueFacet)}. */
    public ReadOnlyObjectProperty<Map<String, List<FacetValue>>> facetsProperty() {
        return facets.getReadOnlyProperty();
    }

    /**
     * Whether the facet counts shown are from an earlier answer: the last search failed (the node went offline),
     * so the counts may no longer be true.
     */
    public javafx.beans.binding.BooleanBinding facetsStaleProperty() {
        return searchLoader.status().errorProperty().isNotNull();
    }

    public LoadStatus searchStatus() {
        return searchLoader.status();
    }

    /** Loads the full metadata of a dataset into {@link #detailProperty()}. */
    public void open(String datasetId) {
        open(datasetId, catalogue);
    }

    /**
     * Opens a dataset asked for by another tab (a Query result, the selection): when the search or the filters in
     * place leave it out of the results, they are cleared, so that the list shows it and it can be highlighted.
     */
    public void openFromElsewhere(String datasetId) {
        boolean listed = results.stream().anyMatch(d -> d.id().equals(datasetId));
        if (!listed && (!searchText.get().isBlank() || !filters.isEmpty())) {
            filters.clear();
            filtered.set(false);
            searchText.set("");
            searchNow();
        }
        open(datasetId);
    }

    /**
     * Opens a dataset that another node holds (a Federated Query result from another provider): its detail comes
     * from that node's catalogue API.
     */
    public void open(String datasetId, CatalogueService source) {
        openedId = datasetId;
        openedFrom = source;
        detailLoader.load(source.dataset(datasetId), detail::set);
    }

    /** The dataset shown in the detail pane, or null. */
    public ReadOnlyObjectProperty<Dataset> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public LoadStatus detailStatus() {
        return detailLoader.status();
    }

    /** Retry of the detail pane. */
    public void reopen() {
        if (openedId != null) {
            open(openedId, openedFrom);
        }
    }

    public void loadHierarchy() {
        hierarchyLoader.load(catalogue.networks(), all -> {
            allNetworks = all;
            showHierarchy();
        });
    }

    /** Which datasets the Hierarchy shows: those of the search that just loaded (all its pages). */
    private void match(DatasetQuery query, String criteria, DatasetPage firstPage) {
        if (criteria.isEmpty() || firstPage.items().size() >= firstPage.total()) {
            matchTask.drop();
            matching = criteria.isEmpty()
                    ? null
                    : firstPage.items().stream().map(Dataset::id).collect(Collectors.toSet());
            matchedCriteria = criteria;
            showHierarchy();
            return;
        }
        matchTask
                .next()
                .deliver(
                        MatchingIds.of(catalogue, query),
                        ids -> {
                            matching = ids;
                            matchedCriteria = criteria;
                            showHierarchy();
                        },
                        failure -> hierarchyNote.set(
                                "Could not tell which datasets match " + criteria + ": " + Errors.describe(failure)));
    }

    private void showHierarchy() {
        networks.set(HierarchyFilter.keep(allNetworks, matching));
        hierarchyNote.set(HierarchyFilter.note(allNetworks, networks.get(), matchedCriteria));
    }

    /** The search in words: "“prostate” · Modality: MR, CT"; empty when nothing is searched. */
    private String criteria() {
        List<String> parts = new ArrayList<>();
        if (!searchText.get().isBlank()) {
            parts.add("“" + searchText.get().strip() + "”");
        }
        filters.forEach((facet, values) -> parts.add(
                facet.label() + ": " + values.stream().map(v -> label(facet, v)).collect(Collectors.joining(", "))));
        return String.join(" · ", parts);
    }

    private String label(CatalogueFacet facet, String value) {
        return facetValues(facet).stream()
                .filter(v -> v.value().equals(value))
                .map(FacetValue::label)
                .findFirst()
                .orElse(value);
    }

    /** "Showing 3 of 12 datasets matching …": what the Hierarchy shows and why. */
    public ReadOnlyStringProperty hierarchyNoteProperty() {
        return hierarchyNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Network>> networksProperty() {
        return networks.getReadOnlyProperty();
    }

    public LoadStatus hierarchyStatus() {
        return hierarchyLoader.status();
    }

    /** After a reconnect: everything again, keeping what the user typed, ticked and opened. */
    public void reload() {
        search();
        loadHierarchy();
        reopen();
    }
}

package eu.eucaim.workstation.app.catalogue;

import static eu.eucaim.workstation.app.testing.Datasets.dataset;
import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.FacetValue;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CatalogueViewModelTest {
    /** Records every query and answers each with a future the test completes itself. */
    static final class ScriptedCatalogue implements CatalogueService {
        final List<DatasetQuery> queries = new CopyOnWriteArrayList<>();
        final List<CompletableFuture<DatasetPage>> answers = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<DatasetPage> search(DatasetQuery query) {
            queries.add(query);
            CompletableFuture<DatasetPage> f = new CompletableFuture<>();
            answers.add(f);
            return f;
        }

        @Override
        public CompletableFuture<Dataset> dataset(String id) {
            return id.equals("missing")
                    ? CompletableFuture.failedFuture(new ServiceUnreachableException("http://node", null))
                    : CompletableFuture.completedFuture(
                            eu.eucaim.workstation.app.testing.Datasets.dataset(id, "Dataset " + id, 10));
        }

        @Override
        public CompletableFuture<List<Network>> networks() {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<CatalogueSummary> summary() {
            throw new UnsupportedOperationException();
        }

        CompletableFuture<DatasetPage> last() {
            return answers.get(answers.size() - 1);
        }
    }

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final ScriptedCatalogue service = new ScriptedCatalogue();
    private final CatalogueViewModel vm =
            new CatalogueViewModel(service, Runnable::run, scheduler, Duration.ofMillis(20), 2);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private static DatasetPage page(int page, long total, Map<String, List<FacetValue>> facets, Dataset... items) {
        return new DatasetPage(List.of(items), total, page, 2, facets);
    }

    @Test
    void searchSendsTextAndTickedFiltersAndShowsTheAnswer() {
        vm.searchTextProperty().set("prostate");
        vm.searchNow();
        vm.setFilter(CatalogueFacet.MODALITY, "MR", true);

        DatasetQuery q = service.queries.get(service.queries.size() - 1);
        assertThat(q.text()).isEqualTo("prostate");
        assertThat(q.filters()).containsEntry(CatalogueFacet.MODALITY, List.of("MR"));
        assertThat(vm.filteredProperty().get()).isTrue();

        service.last()
                .complete(page(
                        0,
                        3,
                        Map.of("modality", List.of(new FacetValue("MR", "MR", 3))),
                        dataset("a", "A", 1),
                        dataset("b", "B", 2)));
        assertThat(vm.results()).extracting(Dataset::id).containsExactly("a", "b");
        assertThat(vm.totalProperty().get()).isEqualTo(3);
        assertThat(vm.canLoadMoreProperty().get()).isTrue();
        assertThat(vm.facetValues(CatalogueFacet.MODALITY)).containsExactly(new FacetValue("MR", "MR", 3));
    }

    @Test
    void anOlderAnswerArrivingLateNeverOverwritesANewerOne() {
        vm.search();
        CompletableFuture<DatasetPage> old = service.last();
        vm.searchTextProperty().set("lung");
        vm.searchNow();
        service.last().complete(page(0, 1, Map.of(), dataset("new", "New", 1)));
        old.complete(page(0, 1, Map.of(), dataset("old", "Old", 1)));
        assertThat(vm.results()).extracting(Dataset::id).containsExactly("new");
    }

    @Test
    void loadMoreAppendsTheNextPage() {
        vm.search();
        service.last().complete(page(0, 3, Map.of(), dataset("a", "A", 1), dataset("b", "B", 2)));
        vm.loadMore();
        assertThat(service.queries.get(service.queries.size() - 1).page()).isEqualTo(1);
        service.last().complete(page(1, 3, Map.of(), dataset("c", "C", 3)));
        assertThat(vm.results()).extracting(Dataset::id).containsExactly("a", "b", "c");
        assertThat(vm.canLoadMoreProperty().get()).isFalse();
    }

    @Test
    void aTickedValueTheNodeNoLongerCountsStaysVisibleWithZero() {
        vm.setFilter(CatalogueFacet.COUNTRY, "NL", true);
        service.last().complete(page(0, 0, Map.of("country", List.of(new FacetValue("DE", "Germany", 2)))));
        assertThat(vm.facetValues(CatalogueFacet.COUNTRY))
                .containsExactly(new FacetValue("DE", "Germany", 2), new FacetValue("NL", "NL", 0));
        vm.clearFilters();
        assertThat(vm.filteredProperty().get()).isFalse();
        assertThat(service.queries.get(service.queries.size() - 1).filters()).isEmpty();
    }

    @Test
    void typingSearchesOnceAfterTheDebounce() throws InterruptedException {
        vm.searchTextProperty().set("p");
        vm.searchTextProperty().set("pr");
        vm.searchTextProperty().set("pro");
        Thread.sleep(300);
        assertThat(service.queries).extracting(DatasetQuery::text).containsExactly("pro");
    }

    @Test
    void aFailedSearchSaysWhyAndRetryClearsIt() {
        vm.search();
        service.last().completeExceptionally(new ServiceUnreachableException("http://node", null));
        assertThat(vm.searchStatus().getError()).isEqualTo("Cannot reach http://node: no connection");
        vm.search();
        service.last().complete(page(0, 0, Map.of()));
        assertThat(vm.searchStatus().getError()).isNull();
    }

    @Test
    void openLoadsTheDetailAndReportsFailures() {
        vm.open("x");
        assertThat(vm.detailProperty().get().id()).isEqualTo("x");
        vm.open("missing");
        assertThat(vm.detailStatus().getError()).contains("Cannot reach");
    }
}

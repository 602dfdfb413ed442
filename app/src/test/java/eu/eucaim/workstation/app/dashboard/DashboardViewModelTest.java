package eu.eucaim.workstation.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.LabelledCount;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.api.error.ServiceTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {
    private final List<CompletableFuture<CatalogueSummary>> answers = new ArrayList<>();
    private final DashboardViewModel vm = new DashboardViewModel(
            new CatalogueService() {
                @Override
                public CompletableFuture<DatasetPage> search(DatasetQuery query) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public CompletableFuture<Dataset> dataset(String id) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public CompletableFuture<List<Network>> networks() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public CompletableFuture<CatalogueSummary> summary() {
                    CompletableFuture<CatalogueSummary> f = new CompletableFuture<>();
                    answers.add(f);
                    return f;
                }
            },
            Runnable::run);

    private static CatalogueSummary summary(int datasets) {
        List<LabelledCount> counts = IntStream.range(0, datasets)
                .mapToObj(i -> new LabelledCount("d" + i, "Dataset " + i, 100 - i))
                .toList();
        return new CatalogueSummary(1, 2, 2, datasets, 1000, 2000, counts, List.of(), List.of());
    }

    @Test
    void showsTheSummaryAndSaysWhyWhenItCannot() {
        vm.load();
        assertThat(vm.status().isLoading()).isTrue();
        answers.get(0).completeExceptionally(new ServiceTimeoutException("http://node", Duration.ofSeconds(10), null));
        assertThat(vm.status().getError()).isEqualTo("http://node did not answer within 10000 ms");
        assertThat(vm.summaryProperty().get()).isNull();

        vm.load();
        answers.get(1).complete(summary(3));
        assertThat(vm.status().getError()).isNull();
        assertThat(vm.status().isLoading()).isFalse();
        assertThat(vm.summaryProperty().get().datasets()).isEqualTo(3);
    }

    @Test
    void drawsTheLargestDatasetsAndListsEveryOtherOne() {
        CatalogueSummary s = summary(31);
        assertThat(DashboardViewModel.barDatasets(s))
                .hasSize(DashboardViewModel.TOP_DATASETS)
                .first()
                .extracting(LabelledCount::key)
                .isEqualTo("d0");
        assertThat(DashboardViewModel.listedDatasets(s))
                .hasSize(31 - DashboardViewModel.TOP_DATASETS)
                .first()
                .extracting(LabelledCount::key)
                .isEqualTo("d" + DashboardViewModel.TOP_DATASETS);
        assertThat(DashboardViewModel.listedDatasets(summary(5))).isEmpty();
    }
}

package eu.eucaim.workstation.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.LabelledCount;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {
    private static List<LabelledCount> counts(int n) {
        return IntStream.range(0, n).mapToObj(i -> new LabelledCount("d" + i, "Dataset " + i, 100 - i)).toList();
    }

    @Test
    void keepsTheTopBarsAndSumsTheRestIntoOne() {
        List<LabelledCount> bars = DashboardViewModel.topWithRest(counts(15), 12);
        assertThat(bars).hasSize(13);
        assertThat(bars.get(12).label()).isEqualTo("3 other datasets");
        assertThat(bars.get(12).count()).isEqualTo(88 + 87 + 86);
        long total = bars.stream().mapToLong(LabelledCount::count).sum();
        assertThat(total).isEqualTo(counts(15).stream().mapToLong(LabelledCount::count).sum());
    }

    @Test
    void doesNotMakeAnOthersBarForASingleRemainingDataset() {
        assertThat(DashboardViewModel.topWithRest(counts(13), 12)).isEqualTo(counts(13));
    }
}

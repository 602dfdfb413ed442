package eu.eucaim.workstation.node.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DemoCatalogueGeneratorTest {
    @Test
    void sameSeedSameDataOtherSeedOtherData() {
        assertThat(generate(3, 30)).isEqualTo(generate(3, 30));
        assertThat(generate(3, 30)).isNotEqualTo(generate(4, 30));
    }

    @Test
    void countsEqualTheCohortAndIdsAreUniqueAcrossDatasets() {
        List<GeneratedDataset> all = generate(11, 30);
        assertThat(all).hasSize(31);
        List<Long> subjectIds = new ArrayList<>();
        for (GeneratedDataset g : all) {
            assertThat(g.dataset().subjects()).isEqualTo(g.cohort().subjects().size());
            assertThat(g.dataset().studies()).isEqualTo(g.cohort().studies().size());
            g.cohort().subjects().forEach(s -> subjectIds.add(s.id()));
        }
        assertThat(subjectIds).doesNotHaveDuplicates();
    }

    @Test
    void hugeCataloguesGetSmallerCohortsButKeepTheInvariant() {
        CohortSizePolicy policy = CohortSizePolicy.forDatasetCount(10_000);
        assertThat(policy.minSubjects()).isGreaterThanOrEqualTo(1);
        assertThat(policy.maxSubjects()).isLessThan(CohortSizePolicy.MAX);
        Random r = new Random(1);
        for (int i = 0; i < 1000; i++) {
            assertThat(policy.draw(r)).isBetween(policy.minSubjects(), policy.maxSubjects());
        }
        assertThat(CohortSizePolicy.forDatasetCount(30)).isEqualTo(new CohortSizePolicy(40, 1500));
    }

    @Test
    void everyDatasetIsGeneratedEvenWithoutAnyRegularOnes() {
        List<GeneratedDataset> none = generate(1, 0);
        assertThat(none)
                .singleElement()
                .satisfies(g -> assertThat(g.dataset().observationalStudy()).isTrue());
    }

    private static List<GeneratedDataset> generate(long seed, int count) {
        List<GeneratedDataset> out = new ArrayList<>();
        new DemoCatalogueGenerator(seed, count).generate(out::add);
        return out;
    }
}

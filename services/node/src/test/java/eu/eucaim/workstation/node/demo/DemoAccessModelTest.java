package eu.eucaim.workstation.node.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.AccessModel;
import eu.eucaim.workstation.api.catalogue.Dataset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 6: every generated dataset's access rights and conditions are coherent ({@link AccessModel}), and
 * its labels say one thing: "… only" only where no other condition applies. Seeds 1–3 are the demo federation's.
 */
class DemoAccessModelTest {
    @Test
    void everyGeneratedDatasetIsCoherentAndItsLabelsAgree() {
        for (long seed = 1; seed <= 3; seed++) {
            List<Dataset> all = new ArrayList<>();
            new DemoCatalogueGenerator(seed, 30).generate(g -> all.add(g.dataset()));
            for (Dataset d : all) {
                assertThat(AccessModel.problems(d))
                        .as("seed %d, %s", seed, d.id())
                        .isEmpty();
                List<String> labels = d.accessConditions().stream()
                        .map(c -> c.labelAmong(d.accessConditions()))
                        .toList();
                if (labels.size() > 1) {
                    assertThat(labels).as("%s: %s", d.id(), labels).noneMatch(l -> l.contains("only"));
                }
            }
            assertThat(all)
                    .filteredOn(Dataset::observationalStudy)
                    .singleElement()
                    .satisfies(d -> assertThat(d.accessConditions()).isEmpty());
        }
    }

    @Test
    void aConditionAloneSaysOnlyAndBesideAnotherDoesNot() {
        assertThat(AccessCondition.IN_SITU_PROCESSING.labelAmong(List.of(AccessCondition.IN_SITU_PROCESSING)))
                .isEqualTo("On-site only (no download)");
        assertThat(AccessCondition.IN_SITU_PROCESSING.labelAmong(
                        List.of(AccessCondition.DOWNLOAD, AccessCondition.IN_SITU_PROCESSING)))
                .isEqualTo("On-site processing");
        assertThat(AccessCondition.REMOTE_PROCESSING.labelAmong(List.of(AccessCondition.REMOTE_PROCESSING)))
                .isEqualTo("Remote processing only (no viewing)");
        assertThat(AccessCondition.DOWNLOAD.labelAmong(List.of(AccessCondition.DOWNLOAD)))
                .isEqualTo("Downloadable");
    }
}

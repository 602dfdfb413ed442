package eu.eucaim.workstation.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.Biobank;
import eu.eucaim.workstation.api.catalogue.DatasetRef;
import eu.eucaim.workstation.api.catalogue.Network;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HierarchyFilterTest {
    private static final List<Network> ALL = List.of(
            new Network(
                    "n1",
                    "Network 1",
                    "",
                    List.of(
                            bank("b1", new DatasetRef("d1", "One", 10, 20), new DatasetRef("d2", "Two", 5, 5)),
                            bank("b2", new DatasetRef("d3", "Three", 1, 1)))),
            new Network("n2", "Network 2", "", List.of(bank("b3", new DatasetRef("d4", "Four", 2, 2)))));

    private static Biobank bank(String id, DatasetRef... datasets) {
        return new Biobank(id, "Bank " + id, "DE", "Berlin", "", List.of(datasets));
    }

    @Test
    void keepsOnlyMatchingDatasetsAndDropsEmptyBiobanksAndNetworks() {
        List<Network> kept = HierarchyFilter.keep(ALL, Set.of("d2"));
        assertThat(kept).extracting(Network::id).containsExactly("n1");
        assertThat(kept.get(0).biobanks()).extracting(Biobank::id).containsExactly("b1");
        assertThat(kept.get(0).biobanks().get(0).datasets())
                .extracting(DatasetRef::id)
                .containsExactly("d2");
        assertThat(HierarchyFilter.keep(ALL, null)).isSameAs(ALL);
        assertThat(HierarchyFilter.keep(ALL, Set.of())).isEmpty();
    }

    @Test
    void saysHowManyOfHowManyMatchWhat() {
        assertThat(HierarchyFilter.note(ALL, ALL, "")).isEqualTo("All 4 datasets in 2 networks");
        assertThat(HierarchyFilter.note(ALL, HierarchyFilter.keep(ALL, Set.of("d1", "d4")), "“lung” · Modality: CT"))
                .isEqualTo("Showing 2 of 4 datasets matching “lung” · Modality: CT");
    }
}

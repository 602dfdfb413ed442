package eu.eucaim.workstation.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.DatasetRef;
import eu.eucaim.workstation.api.catalogue.Network;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 8 in the whole window against a real node: the Hierarchy holds what the search and the facets select,
 * says so above the tree, and highlights the dataset in the detail.
 */
class HierarchyFollowsSearchUiTest extends RealNodeUiTest {

    @BeforeEach
    void openTheCatalogue() throws Exception {
        launch();
        clickOn("#tab-catalogue");
        waitUntil("results are listed", () -> !results().getItems().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private ListView<Dataset> results() {
        return (ListView<Dataset>) lookup("#results").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private Set<String> idsInTheTree() {
        TreeView<Object> tree = lookup("#hierarchy").queryAs(TreeView.class);
        Set<String> ids = new HashSet<>();
        for (TreeItem<Object> network : tree.getRoot().getChildren()) {
            for (TreeItem<Object> biobank : network.getChildren()) {
                for (TreeItem<Object> dataset : biobank.getChildren()) {
                    ids.add(((DatasetRef) dataset.getValue()).id());
                }
            }
        }
        return ids;
    }

    private static Set<String> idsTheNodeSelects(String text, Map<CatalogueFacet, List<String>> filters)
            throws Exception {
        return reference.search(new DatasetQuery(text, filters, 0, DatasetQuery.MAX_SIZE)).get().items().stream()
                .map(Dataset::id)
                .collect(Collectors.toSet());
    }

    @Test
    void theHierarchyHoldsWhatTheSearchAndTheFacetsSelectAndSaysSo() throws Exception {
        int all = reference.networks().get().stream()
                .flatMap(n -> n.biobanks().stream())
                .mapToInt(b -> b.datasets().size())
                .sum();
        Set<String> prostate = idsTheNodeSelects("prostate", Map.of());
        assertThat(prostate).isNotEmpty().hasSizeLessThan(all);

        clickOn("#hierarchy-tab");
        waitUntil("the whole tree is shown", () -> idsInTheTree().size() == all);
        assertThat(text("#hierarchy-note")).startsWith("All " + all + " datasets");

        clickOn("#catalogue-search").write("prostate").type(KeyCode.ENTER);
        waitUntil("the tree holds the prostate datasets", () -> idsInTheTree().equals(prostate));
        assertThat(text("#hierarchy-note"))
                .isEqualTo("Showing " + prostate.size() + " of " + all + " datasets matching “prostate”");

        Set<String> prostateMr = idsTheNodeSelects("prostate", Map.of(CatalogueFacet.MODALITY, List.of("MR")));
        assertThat(prostateMr).isNotEmpty();
        clickOn("#facet-modality-MR");
        waitUntil(
                "the tree holds the prostate MR datasets", () -> idsInTheTree().equals(prostateMr));
        String mr =
                reference.search(new DatasetQuery("prostate", Map.of(), 0, 1)).get().facets().get("modality").stream()
                        .filter(v -> v.value().equals("MR"))
                        .findFirst()
                        .orElseThrow()
                        .label();
        assertThat(text("#hierarchy-note"))
                .isEqualTo("Showing " + prostateMr.size() + " of " + all + " datasets matching “prostate” · Modality: "
                        + mr);

        // Every network and biobank left in the tree holds at least one of them.
        List<Network> networks = reference.networks().get();
        assertThat(networks).isNotEmpty();
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = lookup("#hierarchy").queryAs(TreeView.class);
        assertThat(onFx(() -> tree.getRoot().getChildren().stream()
                        .allMatch(n -> !n.getChildren().isEmpty()
                                && n.getChildren().stream()
                                        .allMatch(b -> !b.getChildren().isEmpty()))))
                .isTrue();
    }

    @Test
    void theDatasetInTheDetailIsTheRowHighlightedInTheHierarchy() throws Exception {
        clickOn("#catalogue-search").write("prostate").type(KeyCode.ENTER);
        waitUntil(
                "prostate results",
                () -> !results().getItems().isEmpty()
                        && results().getItems().stream()
                                .allMatch(d -> d.title().toLowerCase().contains("prostate")));
        Dataset first = onFx(() -> results().getItems().get(0));
        clickOn(cellOf("#results .list-cell", first));
        waitUntil("its detail", () -> text("#detail-title").equals(first.title()));
        clickOn("#hierarchy-tab");
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = lookup("#hierarchy").queryAs(TreeView.class);
        waitUntil(
                "its row highlighted in the tree",
                () -> onFx(() -> tree.getSelectionModel().getSelectedItem() != null
                        && tree.getSelectionModel().getSelectedItem().getValue() instanceof DatasetRef ref
                        && ref.id().equals(first.id())));
    }
}

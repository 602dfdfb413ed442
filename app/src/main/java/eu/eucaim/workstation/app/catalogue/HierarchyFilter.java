package eu.eucaim.workstation.app.catalogue;

import eu.eucaim.workstation.api.catalogue.Biobank;
import eu.eucaim.workstation.api.catalogue.DatasetRef;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.app.fx.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The network → biobank → dataset tree cut down to the datasets a search selects, so that the Hierarchy shows what
 * the Results show; biobanks and networks left without a dataset are left out.
 */
final class HierarchyFilter {
    private HierarchyFilter() {}

    /** {@code networks} with only the datasets in {@code matching}; all of them when {@code matching} is null. */
    static List<Network> keep(List<Network> networks, Set<String> matching) {
        if (matching == null) {
            return networks;
        }
        List<Network> kept = new ArrayList<>();
        for (Network n : networks) {
            List<Biobank> banks = new ArrayList<>();
            for (Biobank b : n.biobanks()) {
                List<DatasetRef> datasets = b.datasets().stream()
                        .filter(d -> matching.contains(d.id()))
                        .toList();
                if (!datasets.isEmpty()) {
                    banks.add(new Biobank(b.id(), b.name(), b.country(), b.city(), b.description(), datasets));
                }
            }
            if (!banks.isEmpty()) {
                kept.add(new Network(n.id(), n.name(), n.description(), banks));
            }
        }
        return kept;
    }

    static int datasets(List<Network> networks) {
        return networks.stream()
                .flatMap(n -> n.biobanks().stream())
                .mapToInt(b -> b.datasets().size())
                .sum();
    }

    /**
     * "Showing 3 of 12 datasets matching “prostate” · Modality: MR", or "All 12 datasets" when nothing is searched.
     *
     * @param criteria what the search selects, in words; empty when nothing is searched
     */
    static String note(List<Network> all, List<Network> shown, String criteria) {
        int total = datasets(all);
        if (criteria.isEmpty()) {
            return "All " + Formats.count(total, "dataset", "datasets") + " in "
                    + Formats.count(all.size(), "network", "networks");
        }
        return "Showing " + Formats.count(datasets(shown)) + " of " + Formats.count(total, "dataset", "datasets")
                + " matching " + criteria;
    }
}

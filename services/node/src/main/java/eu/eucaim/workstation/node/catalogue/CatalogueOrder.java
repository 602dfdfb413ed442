package eu.eucaim.workstation.node.catalogue;

import eu.eucaim.workstation.api.catalogue.Dataset;
import java.util.Comparator;

/** The one order of datasets everywhere: by title, then by id so that equal titles stay in a stable order. */
final class CatalogueOrder {
    static final Comparator<Dataset> BY_TITLE =
            Comparator.comparing(Dataset::title).thenComparing(Dataset::id);

    private CatalogueOrder() {}
}

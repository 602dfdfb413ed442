package eu.eucaim.workstation.node.emx2;

import eu.eucaim.workstation.node.catalogue.CatalogueIndex;
import eu.eucaim.workstation.node.catalogue.CatalogueReadModel;

/**
 * The catalogue as EMX2 schema {@code Eucaim}: the model, its GraphQL API, and the rows of the catalogue read model's
 * current index, rebuilt when the read model swaps in a new index (so GraphQL serves what {@code /api/catalogue}
 * serves).
 */
public final class Emx2Catalogue {
    private final CatalogueReadModel catalogue;
    private final Emx2Model model;
    private final Emx2Graphql graphql;
    private volatile Snapshot snapshot;

    private record Snapshot(CatalogueIndex index, Emx2Data data) {}

    public Emx2Catalogue(CatalogueReadModel catalogue) {
        this.catalogue = catalogue;
        this.model = Emx2Model.eucaim();
        this.graphql = new Emx2Graphql(model);
    }

    public Emx2Model model() {
        return model;
    }

    public Emx2Graphql graphql() {
        return graphql;
    }

    /** The rows of the current catalogue. */
    public Emx2Data data() {
        CatalogueIndex index = catalogue.current();
        Snapshot s = snapshot;
        if (s == null || s.index() != index) {
            s = new Snapshot(index, CatalogueRows.of(model, index));
            snapshot = s;
        }
        return s.data();
    }
}

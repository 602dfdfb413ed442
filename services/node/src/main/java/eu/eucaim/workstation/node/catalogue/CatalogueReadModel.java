package eu.eucaim.workstation.node.catalogue;

import eu.eucaim.workstation.node.storage.Database;
import eu.eucaim.workstation.node.storage.StorageException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Holds the current {@link CatalogueIndex}. The database stays the source of truth: whoever changes catalogue data
 * calls {@link #refresh()}, and readers see either the old or the new index, never a half-built one.
 */
public final class CatalogueReadModel {
    private final Database db;
    private volatile CatalogueIndex index;

    private CatalogueReadModel(Database db, CatalogueIndex index) {
        this.db = db;
        this.index = index;
    }

    public static CatalogueReadModel load(Database db) {
        return new CatalogueReadModel(db, read(db));
    }

    public CatalogueIndex current() {
        return index;
    }

    /** The biobank that publishes dataset {@code datasetId}: whose representatives act for it. */
    public java.util.Optional<String> biobankOf(String datasetId) {
        return index.dataset(datasetId).map(d -> d.publisher().biobankId());
    }

    public void refresh() {
        index = read(db);
    }

    private static CatalogueIndex read(Database db) {
        try (Connection c = db.connection()) {
            return CatalogueIndex.of(CatalogueStore.load(c));
        } catch (SQLException e) {
            throw new StorageException("Cannot read the catalogue from " + db.description() + ": " + e.getMessage(), e);
        }
    }
}

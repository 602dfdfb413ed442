package eu.eucaim.workstation.node.catalogue;

import static eu.eucaim.workstation.node.storage.MultiRowInsert.nullOf;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.Condition;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.node.storage.MultiRowInsert;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Bulk-writes networks, biobanks and datasets (with their list fields) on one connection. Parents are always inserted
 * before the rows that reference them; the caller owns the transaction and calls {@link #flush()} before committing.
 */
public final class CatalogueWriter implements AutoCloseable {
    private final MultiRowInsert network;
    private final MultiRowInsert biobank;
    private final MultiRowInsert dataset;
    private final MultiRowInsert term;

    public CatalogueWriter(Connection c) {
        network = new MultiRowInsert(c, "network", "id", "name", "description");
        biobank = new MultiRowInsert(c, "biobank", "id", "network_id", "name", "country", "city", "description")
                .after(network);
        dataset = new MultiRowInsert(
                        c,
                        "dataset",
                        "id",
                        "biobank_id",
                        "title",
                        "description",
                        "version",
                        "dataset_type",
                        "access_rights",
                        "contact_name",
                        "contact_email",
                        "subjects",
                        "studies",
                        "min_typical_age",
                        "max_typical_age",
                        "provenance",
                        "temporal_start",
                        "temporal_end",
                        "segmentations",
                        "licence",
                        "observational_study")
                .after(biobank);
        term = new MultiRowInsert(c, "dataset_term", "dataset_id", "kind", "position", "code", "label").after(dataset);
    }

    public void network(String id, String name, String description) throws SQLException {
        network.add(id, name, description);
    }

    public void biobank(String id, String networkId, String name, String country, String city, String description)
            throws SQLException {
        biobank.add(id, networkId, name, country, city, description);
    }

    /** Adds the dataset row and its terms; the publisher must be a biobank (its network is the dataset's). */
    public void dataset(Dataset d) throws SQLException {
        boolean covered = d.temporalCoverage() != null;
        dataset.add(
                d.id(),
                d.publisher().biobankId(),
                d.title(),
                d.description(),
                d.version(),
                d.type(),
                d.accessRights().name(),
                d.contactPoint().name(),
                d.contactPoint().email(),
                d.subjects(),
                d.studies(),
                orNull(d.minTypicalAge()),
                orNull(d.maxTypicalAge()),
                d.provenance(),
                covered ? d.temporalCoverage().start() : nullOf(Types.DATE),
                covered ? d.temporalCoverage().end() : nullOf(Types.DATE),
                d.segmentations(),
                d.licence(),
                d.observationalStudy());
        terms(
                d.id(),
                TermKind.ACCESS_CONDITION,
                d.accessConditions().stream().map(AccessCondition::name).toList());
        terms(d.id(), TermKind.BIRTH_SEX, d.birthSex());
        int position = 0;
        for (Condition condition : d.conditions()) {
            term.add(d.id(), TermKind.CONDITION.column(), position++, condition.code(), condition.label());
        }
        terms(d.id(), TermKind.MODALITY, d.modalities());
        terms(d.id(), TermKind.MANUFACTURER, d.manufacturers());
        terms(d.id(), TermKind.BODY_PART, d.bodyParts());
        terms(d.id(), TermKind.KEYWORD, d.keywords());
        terms(d.id(), TermKind.ANNOTATION_LABEL, d.annotationLabels());
    }

    private void terms(String datasetId, TermKind kind, List<String> values) throws SQLException {
        for (int p = 0; p < values.size(); p++) {
            term.add(datasetId, kind.column(), p, values.get(p), nullOf(Types.VARCHAR));
        }
    }

    private static Object orNull(Integer value) {
        return value == null ? nullOf(Types.INTEGER) : value;
    }

    public void flush() throws SQLException {
        term.flush(); // flushes datasets, biobanks and networks before it
    }

    @Override
    public void close() throws SQLException {
        network.close();
        biobank.close();
        dataset.close();
        term.close();
    }
}

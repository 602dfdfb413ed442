package eu.eucaim.workstation.node.catalogue;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.Condition;
import eu.eucaim.workstation.api.catalogue.Dataset;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Writes networks, biobanks and datasets (with their list fields) in JDBC batches on one connection. The caller owns
 * the transaction and calls {@link #flush()} before committing.
 */
public final class CatalogueWriter implements AutoCloseable {
    private final PreparedStatement network;
    private final PreparedStatement biobank;
    private final PreparedStatement dataset;
    private final PreparedStatement term;

    public CatalogueWriter(Connection c) throws SQLException {
        network = c.prepareStatement("INSERT INTO network (id, name, description) VALUES (?, ?, ?)");
        biobank = c.prepareStatement(
                "INSERT INTO biobank (id, network_id, name, country, city, description) VALUES (?, ?, ?, ?, ?, ?)");
        dataset = c.prepareStatement("INSERT INTO dataset (id, biobank_id, title, description, version, dataset_type,"
                + " access_rights, contact_name, contact_email, subjects, studies, min_typical_age, max_typical_age,"
                + " provenance, temporal_start, temporal_end, segmentations, licence, observational_study)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        term = c.prepareStatement("INSERT INTO dataset_term (dataset_id, kind, position, code, label) VALUES (?, ?, ?, ?, ?)");
    }

    public void network(String id, String name, String description) throws SQLException {
        network.setString(1, id);
        network.setString(2, name);
        network.setString(3, description);
        network.addBatch();
    }

    public void biobank(String id, String networkId, String name, String country, String city, String description)
            throws SQLException {
        biobank.setString(1, id);
        biobank.setString(2, networkId);
        biobank.setString(3, name);
        biobank.setString(4, country);
        biobank.setString(5, city);
        biobank.setString(6, description);
        biobank.addBatch();
    }

    /** Queues the dataset row and its terms; the publisher must already be a biobank (its network is the dataset's). */
    public void dataset(Dataset d) throws SQLException {
        int i = 1;
        dataset.setString(i++, d.id());
        dataset.setString(i++, d.publisher().biobankId());
        dataset.setString(i++, d.title());
        dataset.setString(i++, d.description());
        dataset.setString(i++, d.version());
        dataset.setString(i++, d.type());
        dataset.setString(i++, d.accessRights().name());
        dataset.setString(i++, d.contactPoint().name());
        dataset.setString(i++, d.contactPoint().email());
        dataset.setInt(i++, d.subjects());
        dataset.setInt(i++, d.studies());
        setInteger(dataset, i++, d.minTypicalAge());
        setInteger(dataset, i++, d.maxTypicalAge());
        dataset.setString(i++, d.provenance());
        dataset.setDate(i++, d.temporalCoverage() == null ? null : Date.valueOf(d.temporalCoverage().start()));
        dataset.setDate(i++, d.temporalCoverage() == null ? null : Date.valueOf(d.temporalCoverage().end()));
        dataset.setInt(i++, d.segmentations());
        dataset.setString(i++, d.licence());
        dataset.setBoolean(i, d.observationalStudy());
        dataset.addBatch();

        terms(d.id(), TermKind.ACCESS_CONDITION, d.accessConditions().stream().map(AccessCondition::name).toList());
        terms(d.id(), TermKind.BIRTH_SEX, d.birthSex());
        int position = 0;
        for (Condition condition : d.conditions()) {
            term(d.id(), TermKind.CONDITION, position++, condition.code(), condition.label());
        }
        terms(d.id(), TermKind.MODALITY, d.modalities());
        terms(d.id(), TermKind.MANUFACTURER, d.manufacturers());
        terms(d.id(), TermKind.BODY_PART, d.bodyParts());
        terms(d.id(), TermKind.KEYWORD, d.keywords());
        terms(d.id(), TermKind.ANNOTATION_LABEL, d.annotationLabels());
    }

    private void terms(String datasetId, TermKind kind, List<String> values) throws SQLException {
        for (int p = 0; p < values.size(); p++) {
            term(datasetId, kind, p, values.get(p), null);
        }
    }

    private void term(String datasetId, TermKind kind, int position, String code, String label) throws SQLException {
        term.setString(1, datasetId);
        term.setString(2, kind.column());
        term.setInt(3, position);
        term.setString(4, code);
        term.setString(5, label);
        term.addBatch();
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    /** Sends the queued rows, parents before children. */
    public void flush() throws SQLException {
        network.executeBatch();
        biobank.executeBatch();
        dataset.executeBatch();
        term.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        network.close();
        biobank.close();
        dataset.close();
        term.close();
    }
}

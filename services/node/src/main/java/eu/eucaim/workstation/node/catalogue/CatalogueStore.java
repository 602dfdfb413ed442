package eu.eucaim.workstation.node.catalogue;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.AccessRights;
import eu.eucaim.workstation.api.catalogue.Biobank;
import eu.eucaim.workstation.api.catalogue.Condition;
import eu.eucaim.workstation.api.catalogue.ContactPoint;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetRef;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.api.catalogue.Publisher;
import eu.eucaim.workstation.api.catalogue.TemporalCoverage;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the catalogue (networks, biobanks, datasets and the cohort aggregates) from the database. */
public final class CatalogueStore {
    private CatalogueStore() {}

    /** Everything the catalogue endpoints serve, as read in one go. */
    public record Contents(
            List<Dataset> datasets,
            List<Network> networks,
            Map<String, Long> studiesByModality,
            Map<String, Long> subjectsByBodyPart) {}

    public static Contents load(Connection c) throws SQLException {
        Map<String, Map<TermKind, List<String[]>>> terms = terms(c);
        List<Dataset> datasets = datasets(c, terms);
        return new Contents(
                datasets,
                networks(c, datasets),
                CohortSummaryTable.read(c, CohortSummaryTable.STUDIES_BY_MODALITY),
                CohortSummaryTable.read(c, CohortSummaryTable.SUBJECTS_BY_BODY_PART));
    }

    private static Map<String, Map<TermKind, List<String[]>>> terms(Connection c) throws SQLException {
        Map<String, Map<TermKind, List<String[]>>> byDataset = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT dataset_id, kind, code, label FROM dataset_term ORDER BY dataset_id, kind, position");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byDataset
                        .computeIfAbsent(rs.getString(1), k -> new EnumMap<>(TermKind.class))
                        .computeIfAbsent(TermKind.ofColumn(rs.getString(2)), k -> new ArrayList<>())
                        .add(new String[] {rs.getString(3), rs.getString(4)});
            }
        }
        return byDataset;
    }

    private static List<Dataset> datasets(Connection c, Map<String, Map<TermKind, List<String[]>>> terms)
            throws SQLException {
        List<Dataset> datasets = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.title, d.description, d.version, d.dataset_type,"
                        + " d.access_rights, b.id, b.name, b.country, d.contact_name, d.contact_email, b.network_id,"
                        + " d.subjects, d.studies, d.min_typical_age, d.max_typical_age, d.provenance, d.temporal_start,"
                        + " d.temporal_end, d.segmentations, d.licence, d.observational_study"
                        + " FROM dataset d JOIN biobank b ON b.id = d.biobank_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                Map<TermKind, List<String[]>> t = terms.getOrDefault(id, Map.of());
                Date start = rs.getDate(18);
                Date end = rs.getDate(19);
                datasets.add(new Dataset(
                        id,
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        AccessRights.valueOf(rs.getString(6)),
                        codes(t, TermKind.ACCESS_CONDITION).stream()
                                .map(AccessCondition::valueOf)
                                .toList(),
                        new Publisher(
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9).strip()),
                        new ContactPoint(rs.getString(10), rs.getString(11)),
                        rs.getString(12),
                        rs.getInt(13),
                        rs.getInt(14),
                        codes(t, TermKind.BIRTH_SEX),
                        integer(rs, 15),
                        integer(rs, 16),
                        t.getOrDefault(TermKind.CONDITION, List.of()).stream()
                                .map(x -> new Condition(x[0], x[1]))
                                .toList(),
                        codes(t, TermKind.MODALITY),
                        codes(t, TermKind.MANUFACTURER),
                        codes(t, TermKind.BODY_PART),
                        codes(t, TermKind.KEYWORD),
                        rs.getString(17),
                        start == null || end == null
                                ? null
                                : new TemporalCoverage(start.toLocalDate(), end.toLocalDate()),
                        codes(t, TermKind.ANNOTATION_LABEL),
                        rs.getInt(20),
                        rs.getString(21),
                        rs.getBoolean(22)));
            }
        }
        // Sorted here, not in SQL: PostgreSQL's collation and H2's binary order may differ, the output must not.
        datasets.sort(java.util.Comparator.comparing(Dataset::id));
        return datasets;
    }

    private static List<Network> networks(Connection c, List<Dataset> datasets) throws SQLException {
        Map<String, List<DatasetRef>> refsByBiobank = new HashMap<>();
        datasets.stream()
                .sorted(CatalogueOrder.BY_TITLE)
                .forEach(d -> refsByBiobank
                        .computeIfAbsent(d.publisher().biobankId(), k -> new ArrayList<>())
                        .add(new DatasetRef(d.id(), d.title(), d.subjects(), d.studies())));
        Map<String, List<Biobank>> biobanksByNetwork = new HashMap<>();
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT id, network_id, name, country, city, description FROM biobank");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                biobanksByNetwork
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                        .add(new Biobank(
                                id,
                                rs.getString(3),
                                rs.getString(4).strip(),
                                rs.getString(5),
                                rs.getString(6),
                                List.copyOf(refsByBiobank.getOrDefault(id, List.of()))));
            }
        }
        biobanksByNetwork
                .values()
                .forEach(list ->
                        list.sort(java.util.Comparator.comparing(Biobank::name).thenComparing(Biobank::id)));
        List<Network> networks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, description FROM network");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                networks.add(new Network(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        List.copyOf(biobanksByNetwork.getOrDefault(rs.getString(1), List.of()))));
            }
        }
        networks.sort(java.util.Comparator.comparing(Network::name).thenComparing(Network::id));
        return networks;
    }

    private static List<String> codes(Map<TermKind, List<String[]>> terms, TermKind kind) {
        return terms.getOrDefault(kind, List.of()).stream().map(x -> x[0]).toList();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}

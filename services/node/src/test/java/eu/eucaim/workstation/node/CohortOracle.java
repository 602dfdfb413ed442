package eu.eucaim.workstation.node;

import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.CohortVocabulary;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.FederatedSearchResponse.AgeRange;
import eu.eucaim.workstation.api.query.FederatedSearchResponse.Collection;
import eu.eucaim.workstation.api.query.ast.AstNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import javax.sql.DataSource;

/**
 * The expected federated-search answer, computed in Java over every cohort row read with plain SELECTs (no WHERE,
 * no GROUP BY), so that it shares nothing with the node's SQL.
 */
public final class CohortOracle {
    record Subject(long id, String datasetId, String sex, int age, String diagnosis, int year) {}

    record Study(long id, long subjectId, String modality, String bodyPart, String manufacturer) {}

    private final Map<Long, Subject> subjects = new HashMap<>();
    private final List<Study> studies = new ArrayList<>();
    private final Map<String, String[]> datasets = new HashMap<>();

    /** The cohort of a running node (for tests outside this package: its data source is not public). */
    public static CohortOracle of(EucaimNode node) throws SQLException {
        return read(node.dataSource());
    }

    public static CohortOracle read(DataSource db) throws SQLException {
        CohortOracle o = new CohortOracle();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, dataset_id, sex, age_at_diagnosis, diagnosis_code,"
                    + " year_of_diagnosis FROM subject")) {
                while (rs.next()) {
                    o.subjects.put(
                            rs.getLong(1),
                            new Subject(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getInt(4),
                                    rs.getString(5),
                                    rs.getInt(6)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, subject_id, modality, body_part, manufacturer FROM study")) {
                while (rs.next()) {
                    o.studies.add(
                            new Study(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, title, description FROM dataset")) {
                while (rs.next()) {
                    o.datasets.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return o;
    }

    int studyCount() {
        return studies.size();
    }

    public FederatedSearchResponse expected(CohortQuery q) {
        return expected((s, st) -> matches(q, s, st));
    }

    /** The answer for a focus AST, each node evaluated by {@link AstOracle} for every study and its subject. */
    FederatedSearchResponse expected(AstNode ast) {
        return expected((s, st) -> AstOracle.matches(ast, s, st));
    }

    private FederatedSearchResponse expected(BiPredicate<Subject, Study> matches) {
        Map<String, Set<Long>> subjectsBy = new TreeMap<>();
        Map<String, Integer> studiesBy = new HashMap<>();
        Map<String, TreeSet<String>> genders = new HashMap<>();
        Map<String, TreeSet<String>> modalities = new HashMap<>();
        Map<String, TreeSet<String>> bodyParts = new HashMap<>();
        Map<String, int[]> ages = new HashMap<>();
        for (Study st : studies) {
            Subject s = subjects.get(st.subjectId());
            if (!matches.test(s, st)) {
                continue;
            }
            String d = s.datasetId();
            subjectsBy.computeIfAbsent(d, k -> new HashSet<>()).add(s.id());
            studiesBy.merge(d, 1, Integer::sum);
            genders.computeIfAbsent(d, k -> new TreeSet<>()).add(s.sex());
            modalities.computeIfAbsent(d, k -> new TreeSet<>()).add(st.modality());
            bodyParts.computeIfAbsent(d, k -> new TreeSet<>()).add(st.bodyPart());
            int[] range = ages.computeIfAbsent(d, k -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
            range[0] = Math.min(range[0], s.age());
            range[1] = Math.max(range[1], s.age());
        }
        List<Collection> collections = new ArrayList<>();
        long totalStudies = 0;
        long totalSubjects = 0;
        for (var e : subjectsBy.entrySet()) {
            String d = e.getKey();
            collections.add(new Collection(
                    d,
                    datasets.get(d)[0],
                    datasets.get(d)[1],
                    studiesBy.get(d),
                    e.getValue().size(),
                    new AgeRange(ages.get(d)[0], ages.get(d)[1]),
                    List.copyOf(genders.get(d)),
                    List.copyOf(modalities.get(d)),
                    List.copyOf(bodyParts.get(d))));
            totalStudies += studiesBy.get(d);
            totalSubjects += e.getValue().size();
        }
        collections.sort(
                Comparator.comparingLong(Collection::subjectsCount).reversed().thenComparing(Collection::id));
        return new FederatedSearchResponse(collections, new FederatedSearchResponse.Total(totalStudies, totalSubjects));
    }

    private static boolean matches(CohortQuery q, Subject s, Study st) {
        return in(q.gender(), s.sex())
                && in(q.diagnosis(), s.diagnosis())
                && in(q.modality(), st.modality())
                && in(q.bodyPart(), st.bodyPart())
                && in(q.manufacturer(), st.manufacturer())
                && (q.ageMin() == null || s.age() >= q.ageMin())
                && (q.ageMax() == null || s.age() <= q.ageMax())
                && (q.yearMin() == null || s.year() >= q.yearMin())
                && (q.yearMax() == null || s.year() <= q.yearMax());
    }

    private static boolean in(List<String> allowed, String value) {
        return allowed.isEmpty() || allowed.contains(value);
    }

    /** A random query: each category present with some chance, one to three values, ranges with random bounds. */
    public static CohortQuery randomQuery(Random r) {
        List<String> manufacturers = new ArrayList<>(CohortVocabulary.MANUFACTURERS);
        manufacturers.addAll(List.of("Hologic", "Fujifilm", "Agfa", "Canon Medical Systems"));
        Integer ageMin = r.nextInt(4) == 0 ? 20 + r.nextInt(50) : null;
        Integer ageMax = r.nextInt(4) == 0 ? (ageMin == null ? 40 : ageMin) + r.nextInt(40) : null;
        Integer yearMin = r.nextInt(4) == 0 ? 2000 + r.nextInt(22) : null;
        Integer yearMax = r.nextInt(4) == 0 ? (yearMin == null ? 2005 : yearMin) + r.nextInt(15) : null;
        return new CohortQuery(
                pick(r, CohortVocabulary.GENDERS),
                pick(r, List.copyOf(CohortVocabulary.DIAGNOSES.keySet())),
                pick(r, CohortVocabulary.MODALITIES),
                pick(r, CohortVocabulary.BODY_PARTS),
                pick(r, manufacturers),
                ageMin,
                ageMax,
                yearMin,
                yearMax);
    }

    private static List<String> pick(Random r, List<String> from) {
        if (r.nextInt(3) != 0) {
            return List.of();
        }
        List<String> shuffled = new ArrayList<>(from);
        java.util.Collections.shuffle(shuffled, r);
        return shuffled.subList(0, 1 + r.nextInt(Math.min(3, shuffled.size())));
    }

    /** The query string a client sends for {@code q}. */
    static String queryString(CohortQuery q) {
        StringBuilder b = new StringBuilder();
        for (var p : q.parameters()) {
            b.append(b.length() == 0 ? "?" : "&")
                    .append(p.getKey())
                    .append('=')
                    .append(java.net.URLEncoder.encode(p.getValue(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return b.toString();
    }
}

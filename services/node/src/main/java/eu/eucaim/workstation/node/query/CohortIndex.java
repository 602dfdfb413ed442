package eu.eucaim.workstation.node.query;

import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.FederatedSearchResponse.AgeRange;
import eu.eucaim.workstation.api.query.FederatedSearchResponse.Collection;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The cohort ({@code subject} and {@code study} rows) in columns of small integer codes, counted by one pass over the
 * studies per search. Joining and grouping some 30,000 studies in SQL costs H2 about 100 ms per search (see
 * docs/benchmarks.md); this pass takes well under a millisecond. A study matches when it and its subject pass every
 * filter; a subject counts when it has at least one matching study. Immutable once read.
 */
final class CohortIndex {
    private final String[] datasetIds;
    private final String[] titles;
    private final String[] descriptions;
    private final Column sex;
    private final Column diagnosis;
    private final Column modality;
    private final Column bodyPart;
    private final Column manufacturer;
    // Subjects, by row number.
    private final int[] subjectDataset;
    private final int[] age;
    private final int[] year;
    // Studies, by row number; a study belongs to its subject's dataset.
    private final int[] studySubject;

    private CohortIndex(
            String[] datasetIds,
            String[] titles,
            String[] descriptions,
            Column sex,
            Column diagnosis,
            Column modality,
            Column bodyPart,
            Column manufacturer,
            int[] subjectDataset,
            int[] age,
            int[] year,
            int[] studySubject) {
        this.datasetIds = datasetIds;
        this.titles = titles;
        this.descriptions = descriptions;
        this.sex = sex;
        this.diagnosis = diagnosis;
        this.modality = modality;
        this.bodyPart = bodyPart;
        this.manufacturer = manufacturer;
        this.subjectDataset = subjectDataset;
        this.age = age;
        this.year = year;
        this.studySubject = studySubject;
    }

    /** Reads the cohort with three plain table scans (no join: that is the slow part in H2). */
    static CohortIndex read(Connection c) throws SQLException {
        Map<String, Integer> datasetRow = new HashMap<>();
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, title, description FROM dataset")) {
            while (rs.next()) {
                datasetRow.put(rs.getString(1), ids.size());
                ids.add(rs.getString(1));
                titles.add(rs.getString(2));
                descriptions.add(rs.getString(3));
            }
        }
        Map<Long, Integer> subjectRow = new HashMap<>();
        Column.Builder sex = new Column.Builder();
        Column.Builder diagnosis = new Column.Builder();
        IntList subjectDataset = new IntList();
        IntList age = new IntList();
        IntList year = new IntList();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT id, dataset_id, sex, age_at_diagnosis, diagnosis_code, year_of_diagnosis FROM subject")) {
            while (rs.next()) {
                subjectRow.put(rs.getLong(1), subjectDataset.size());
                subjectDataset.add(row(datasetRow, rs.getString(2), "dataset"));
                sex.add(rs.getString(3));
                age.add(rs.getInt(4));
                diagnosis.add(rs.getString(5));
                year.add(rs.getInt(6));
            }
        }
        Column.Builder modality = new Column.Builder();
        Column.Builder bodyPart = new Column.Builder();
        Column.Builder manufacturer = new Column.Builder();
        IntList studySubject = new IntList();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT subject_id, modality, body_part, manufacturer FROM study")) {
            while (rs.next()) {
                studySubject.add(row(subjectRow, rs.getLong(1), "subject"));
                modality.add(rs.getString(2));
                bodyPart.add(rs.getString(3));
                manufacturer.add(rs.getString(4));
            }
        }
        return new CohortIndex(
                ids.toArray(String[]::new),
                titles.toArray(String[]::new),
                descriptions.toArray(String[]::new),
                sex.build(),
                diagnosis.build(),
                modality.build(),
                bodyPart.build(),
                manufacturer.build(),
                subjectDataset.toArray(),
                age.toArray(),
                year.toArray(),
                studySubject.toArray());
    }

    private static <K> int row(Map<K, Integer> rows, K key, String table) throws SQLException {
        Integer row = rows.get(key);
        if (row == null) {
            // The foreign keys forbid this; a half-written cohort (read during a change) is the only way here.
            throw new SQLException("the cohort refers to a missing " + table + " " + key);
        }
        return row;
    }

    int studyCount() {
        return studySubject.length;
    }

    FederatedSearchResponse search(CohortQuery q) {
        boolean[] sexOk = sex.allowed(q.gender());
        boolean[] diagnosisOk = diagnosis.allowed(q.diagnosis());
        boolean[] modalityOk = modality.allowed(q.modality());
        boolean[] bodyPartOk = bodyPart.allowed(q.bodyPart());
        boolean[] manufacturerOk = manufacturer.allowed(q.manufacturer());
        int ageMin = q.ageMin() == null ? Integer.MIN_VALUE : q.ageMin();
        int ageMax = q.ageMax() == null ? Integer.MAX_VALUE : q.ageMax();
        int yearMin = q.yearMin() == null ? Integer.MIN_VALUE : q.yearMin();
        int yearMax = q.yearMax() == null ? Integer.MAX_VALUE : q.yearMax();

        int subjects = subjectDataset.length;
        boolean[] subjectOk = new boolean[subjects];
        for (int i = 0; i < subjects; i++) {
            subjectOk[i] = sexOk[sex.codes[i]]
                    && diagnosisOk[diagnosis.codes[i]]
                    && age[i] >= ageMin
                    && age[i] <= ageMax
                    && year[i] >= yearMin
                    && year[i] <= yearMax;
        }
        return search(st -> subjectOk[studySubject[st]]
                && modalityOk[modality.codes[st]]
                && bodyPartOk[bodyPart.codes[st]]
                && manufacturerOk[manufacturer.codes[st]]);
    }

    /** The text columns a condition can test: the first two are the subject's, the others the study's. */
    enum Text {
        SEX,
        DIAGNOSIS,
        MODALITY,
        BODY_PART,
        MANUFACTURER
    }

    /** The subject's numbers a condition can test. */
    enum Number {
        AGE,
        YEAR
    }

    /** Which studies have (or whose subject has) a value of {@code column} that {@code accept} takes. */
    IntPredicate text(Text column, Predicate<String> accept) {
        Column c = column(column);
        boolean[] ok = new boolean[c.size()];
        for (int code = 0; code < ok.length; code++) {
            ok[code] = accept.test(c.values[code]);
        }
        int[] codes = c.codes;
        return column.ordinal() <= Text.DIAGNOSIS.ordinal() ? st -> ok[codes[studySubject[st]]] : st -> ok[codes[st]];
    }

    /** Which studies' subjects have a value of {@code column} that {@code accept} takes. */
    IntPredicate number(Number column, IntPredicate accept) {
        int[] values = column == Number.AGE ? age : year;
        return st -> accept.test(values[studySubject[st]]);
    }

    private Column column(Text column) {
        return switch (column) {
            case SEX -> sex;
            case DIAGNOSIS -> diagnosis;
            case MODALITY -> modality;
            case BODY_PART -> bodyPart;
            case MANUFACTURER -> manufacturer;
        };
    }

    /**
     * The answer for the studies {@code matches} takes (by row number): a study counts when it matches, a subject
     * when at least one of its studies does.
     */
    FederatedSearchResponse search(IntPredicate matches) {
        int subjects = subjectDataset.length;
        int datasets = datasetIds.length;
        long[] studyCounts = new long[datasets];
        long[] subjectCounts = new long[datasets];
        int[] minAge = new int[datasets];
        int[] maxAge = new int[datasets];
        Arrays.fill(minAge, Integer.MAX_VALUE);
        Arrays.fill(maxAge, Integer.MIN_VALUE);
        boolean[] sexSeen = new boolean[datasets * sex.size()];
        boolean[] modalitySeen = new boolean[datasets * modality.size()];
        boolean[] bodyPartSeen = new boolean[datasets * bodyPart.size()];
        boolean[] counted = new boolean[subjects];
        for (int st = 0; st < studySubject.length; st++) {
            if (!matches.test(st)) {
                continue;
            }
            int subject = studySubject[st];
            int d = subjectDataset[subject];
            studyCounts[d]++;
            modalitySeen[d * modality.size() + modality.codes[st]] = true;
            bodyPartSeen[d * bodyPart.size() + bodyPart.codes[st]] = true;
            if (!counted[subject]) {
                counted[subject] = true;
                subjectCounts[d]++;
                sexSeen[d * sex.size() + sex.codes[subject]] = true;
                minAge[d] = Math.min(minAge[d], age[subject]);
                maxAge[d] = Math.max(maxAge[d], age[subject]);
            }
        }
        List<Collection> collections = new ArrayList<>();
        long studiesTotal = 0;
        long subjectsTotal = 0;
        for (int d = 0; d < datasets; d++) {
            if (studyCounts[d] == 0) {
                continue; // collections without a match are left out, as upstream providers do
            }
            collections.add(new Collection(
                    datasetIds[d],
                    titles[d],
                    descriptions[d],
                    studyCounts[d],
                    subjectCounts[d],
                    new AgeRange(minAge[d], maxAge[d]),
                    sex.values(sexSeen, d),
                    modality.values(modalitySeen, d),
                    bodyPart.values(bodyPartSeen, d)));
            studiesTotal += studyCounts[d];
            subjectsTotal += subjectCounts[d];
        }
        collections.sort(
                Comparator.comparingLong(Collection::subjectsCount).reversed().thenComparing(Collection::id));
        return new FederatedSearchResponse(collections, new FederatedSearchResponse.Total(studiesTotal, subjectsTotal));
    }

    /** One text column as codes into its distinct values, which are sorted so that code order is value order. */
    private record Column(String[] values, int[] codes) {
        int size() {
            return values.length;
        }

        /** Which codes a filter lets through: all for no filter; a value the column never holds matches nothing. */
        boolean[] allowed(List<String> filter) {
            boolean[] ok = new boolean[values.length];
            if (filter.isEmpty()) {
                Arrays.fill(ok, true);
                return ok;
            }
            for (String v : filter) {
                int code = Arrays.binarySearch(values, v);
                if (code >= 0) {
                    ok[code] = true;
                }
            }
            return ok;
        }

        /** The values seen for dataset {@code d}, in order. */
        List<String> values(boolean[] seen, int d) {
            List<String> out = new ArrayList<>();
            for (int code = 0; code < values.length; code++) {
                if (seen[d * values.length + code]) {
                    out.add(values[code]);
                }
            }
            return List.copyOf(out);
        }

        static final class Builder {
            private final Map<String, Integer> provisional = new HashMap<>();
            private final IntList codes = new IntList();

            void add(String value) {
                codes.add(provisional.computeIfAbsent(value, v -> provisional.size()));
            }

            Column build() {
                String[] sorted = provisional.keySet().toArray(String[]::new);
                Arrays.sort(sorted);
                int[] remap = new int[sorted.length];
                for (int i = 0; i < sorted.length; i++) {
                    remap[provisional.get(sorted[i])] = i;
                }
                int[] out = codes.toArray();
                for (int i = 0; i < out.length; i++) {
                    out[i] = remap[out[i]];
                }
                return new Column(sorted, out);
            }
        }
    }

    /** A growable int array: the cohort can hold millions of rows, too many for boxed lists. */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}

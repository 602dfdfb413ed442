package eu.eucaim.workstation.node.demo;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.AccessRights;
import eu.eucaim.workstation.api.catalogue.ContactPoint;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.Publisher;
import eu.eucaim.workstation.api.catalogue.TemporalCoverage;
import eu.eucaim.workstation.api.vocabulary.Modality;
import eu.eucaim.workstation.node.demo.DemoHoldings.DemoBiobank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Generates the demo catalogue from a seed: {@code datasetCount} datasets spread over the cancer profiles and
 * biobanks, each with its cohort, plus the special "Build an Observational Study with RWD" dataset.
 * Deterministic: only {@link Random} seeded from the seed and the dataset's index, no clock, no hash order.
 */
final class DemoCatalogueGenerator {
    /** Bump when the generated data changes shape; recorded in node_meta with the seed. */
    static final String VERSION = "2"; // 2: the observational-study entry has no access conditions

    static final String OBSERVATIONAL_STUDY_ID = "observational-study-rwd";
    static final String OBSERVATIONAL_STUDY_TITLE = "Build an Observational Study with RWD";

    private static final String[] STUDY_TYPES = {"Retrospective cohort", "Prospective cohort", "Clinical trial imaging"
    };
    private static final String SCREENING = "Screening programme";

    private final long seed;
    private final int datasetCount;
    private final CohortSizePolicy sizes;
    private final List<CancerProfile> profileOrder;
    private final List<DemoBiobank> biobankOrder;
    private long nextSubjectId = 1;
    private long nextStudyId = 1;

    DemoCatalogueGenerator(long seed, int datasetCount) {
        this.seed = seed;
        this.datasetCount = datasetCount;
        this.sizes = CohortSizePolicy.forDatasetCount(datasetCount);
        Random order = new Random(seed);
        // The first datasets visit every profile and every biobank once, so even a small catalogue covers them all.
        this.profileOrder = shuffled(List.of(CancerProfile.values()), order);
        this.biobankOrder = shuffled(DemoHoldings.BIOBANKS, order);
    }

    /** Feeds every dataset, in id order, to {@code sink}; the observational-study dataset comes last. */
    void generate(Consumer<GeneratedDataset> sink) {
        for (int i = 0; i < datasetCount; i++) {
            sink.accept(dataset(i));
        }
        sink.accept(observationalStudy());
    }

    private GeneratedDataset dataset(int index) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
        CancerProfile profile = index < profileOrder.size()
                ? profileOrder.get(index)
                : profileOrder.get(r.nextInt(profileOrder.size()));
        DemoBiobank biobank = index < biobankOrder.size()
                ? biobankOrder.get(index)
                : biobankOrder.get(r.nextInt(biobankOrder.size()));
        // Seed 1 keeps the plain ids everyone knows; other seeds name theirs apart, so that the datasets of a demo
        // federation (one node per seed) never share an id in a selection that spans nodes.
        String id = seed == 1
                ? String.format(Locale.ROOT, "ds-%04d", index + 1)
                : String.format(Locale.ROOT, "ds-s%d-%04d", seed, index + 1);

        int startYear = 2005 + r.nextInt(14);
        int endYear = Math.min(2024, startYear + 2 + r.nextInt(5));
        String type = profile.screened && r.nextInt(4) == 0 ? SCREENING : STUDY_TYPES[r.nextInt(STUDY_TYPES.length)];
        List<Modality> modalities = pickModalities(profile, r);
        Map<Modality, List<String>> fleet = pickFleet(modalities, r);

        CohortRows cohort = cohort(id, profile, modalities, fleet, startYear, endYear, r);
        CohortFacts facts = CohortFacts.of(cohort, profile);

        AccessRights rights = pickRights(r);
        List<AccessCondition> conditions = pickConditions(rights, r);
        boolean annotated = r.nextInt(10) < 6;
        List<String> labels = annotated
                ? profile.annotationLabels.subList(0, 1 + r.nextInt(profile.annotationLabels.size()))
                : List.of();
        int studies = cohort.studies().size();
        int segmentations = annotated ? studies / 5 + r.nextInt(studies - studies / 5 + 1) : 0;
        String licence = rights == AccessRights.PUBLIC && conditions.contains(AccessCondition.DOWNLOAD)
                ? (r.nextBoolean() ? "CC-BY-4.0" : "CC-BY-NC-4.0")
                : "Custom data use agreement (DUA)";
        String modalityCodes = String.join("/", facts.modalities());
        String title = profile.condition.label() + " " + modalityCodes + " " + type.toLowerCase(Locale.ROOT) + ", "
                + biobank.city() + " " + startYear + "-" + endYear;
        // Modality keywords come from the cohort, so that an MR-only dataset never promises PET.
        Set<String> keywords = new LinkedHashSet<>(profile.keywords);
        facts.modalities().forEach(code -> Modality.ofDicomCode(code).ifPresent(m -> keywords.add(m.keyword())));
        keywords.add(type.toLowerCase(Locale.ROOT));
        if (annotated) {
            keywords.add("segmentations");
        }

        Dataset dataset = new Dataset(
                id,
                title,
                description(
                        profile,
                        type,
                        cohort.subjects().size(),
                        facts,
                        biobank,
                        startYear,
                        endYear,
                        labels,
                        segmentations),
                (1 + r.nextInt(3)) + "." + r.nextInt(4),
                type,
                rights,
                conditions,
                new Publisher(biobank.id(), biobank.name(), biobank.country()),
                new ContactPoint("Data Access Desk, " + biobank.name(), "data-access@" + biobank.emailDomain()),
                biobank.networkId(),
                cohort.subjects().size(),
                studies,
                facts.sexes(),
                facts.minAge(),
                facts.maxAge(),
                List.of(profile.condition),
                facts.modalities(),
                facts.manufacturers(),
                List.of(profile.bodyPart),
                List.copyOf(keywords),
                "Collected from the routine clinical PACS of " + biobank.name() + " (" + biobank.city()
                        + "), de-identified with the EUCAIM de-identification profile and quality-checked by its data "
                        + "stewards in " + Math.min(2025, endYear + 1) + ". Synthetic demo data.",
                new TemporalCoverage(LocalDate.of(startYear, 1, 1), LocalDate.of(endYear, 12, 31)),
                labels,
                segmentations,
                licence,
                false);
        return new GeneratedDataset(dataset, cohort);
    }

    private static String description(
            CancerProfile profile,
            String type,
            int subjects,
            CohortFacts facts,
            DemoBiobank biobank,
            int startYear,
            int endYear,
            List<String> labels,
            int segmentations) {
        List<String> described = new ArrayList<>();
        for (String code : facts.modalities()) {
            described.add(Modality.labelOf(code));
        }
        StringBuilder text = new StringBuilder()
                .append(type)
                .append(" of ")
                .append(subjects)
                .append(" patients with ")
                .append(profile.condition.label().toLowerCase(Locale.ROOT))
                .append(", imaged with ")
                .append(String.join(", ", described))
                .append(" at ")
                .append(biobank.name())
                .append(" between ")
                .append(startYear)
                .append(" and ")
                .append(endYear)
                .append(". ")
                .append(profile.clinicalData);
        if (!labels.isEmpty()) {
            text.append(" ")
                    .append(segmentations)
                    .append(" segmentations (")
                    .append(String.join(", ", labels))
                    .append(") were drawn by radiologists.");
        }
        return text.append(" Synthetic demo data: no real person is represented.")
                .toString();
    }

    private CohortRows cohort(
            String datasetId,
            CancerProfile profile,
            List<Modality> modalities,
            Map<Modality, List<String>> fleet,
            int startYear,
            int endYear,
            Random r) {
        int subjectCount = sizes.draw(r);
        List<CohortRows.Subject> subjects = new ArrayList<>(subjectCount);
        List<CohortRows.Study> studies = new ArrayList<>(subjectCount * 2);
        LocalDate coverageEnd = LocalDate.of(endYear, 12, 31);
        for (int s = 0; s < subjectCount; s++) {
            long subjectId = nextSubjectId++;
            String sex = pick(profile.sexes, profile.sexWeights, r);
            // The mean of two uniforms: ages cluster mid-range, as in real cohorts.
            int span = profile.maxAge - profile.minAge;
            int age = profile.minAge + (r.nextInt(span + 1) + r.nextInt(span + 1)) / 2;
            int year = startYear + r.nextInt(endYear - startYear + 1);
            subjects.add(new CohortRows.Subject(subjectId, datasetId, sex, age, profile.condition.code(), year));
            int studyCount = 1 + pickIndex(new double[] {0.4, 0.3, 0.2, 0.1}, r);
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last =
                    LocalDate.of(year + 1, 12, 31).isAfter(coverageEnd) ? coverageEnd : LocalDate.of(year + 1, 12, 31);
            int days = (int) (last.toEpochDay() - first.toEpochDay());
            for (int k = 0; k < studyCount; k++) {
                // Every subject's first study is of a core modality (the reason the subject is in the dataset).
                Modality modality = k == 0
                        ? modalities.get(r.nextInt(coreCount(profile, modalities)))
                        : modalities.get(r.nextInt(modalities.size()));
                List<String> makers = fleet.get(modality);
                studies.add(new CohortRows.Study(
                        nextStudyId++,
                        subjectId,
                        datasetId,
                        modality.searchCode(),
                        profile.bodyPart,
                        makers.get(r.nextInt(makers.size())),
                        first.plusDays(r.nextInt(days + 1))));
            }
        }
        return new CohortRows(subjects, studies);
    }

    private static int coreCount(CancerProfile profile, List<Modality> modalities) {
        int n = 0;
        for (Modality m : modalities) {
            if (profile.coreModalities.contains(m)) {
                n++;
            }
        }
        return n;
    }

    /** Core modalities first (all of them), then some optional ones. */
    private static List<Modality> pickModalities(CancerProfile profile, Random r) {
        List<Modality> chosen = new ArrayList<>(profile.coreModalities);
        for (Modality optional : profile.optionalModalities) {
            if (r.nextInt(3) == 0) {
                chosen.add(optional);
            }
        }
        return chosen;
    }

    /** One or two makers per modality, as a site's scanner park. */
    private static Map<Modality, List<String>> pickFleet(List<Modality> modalities, Random r) {
        Map<Modality, List<String>> fleet = new LinkedHashMap<>();
        for (Modality m : modalities) {
            List<String> options = shuffled(CancerProfile.manufacturersFor(m), r);
            fleet.put(m, List.copyOf(options.subList(0, 1 + r.nextInt(2))));
        }
        return fleet;
    }

    private static AccessRights pickRights(Random r) {
        int x = r.nextInt(20);
        return x < 6 ? AccessRights.PUBLIC : x < 17 ? AccessRights.RESTRICTED : AccessRights.NON_PUBLIC;
    }

    /** Public data can be downloaded; non-public data never leaves the holder. */
    private static List<AccessCondition> pickConditions(AccessRights rights, Random r) {
        Set<AccessCondition> set = EnumSet.noneOf(AccessCondition.class);
        switch (rights) {
            case PUBLIC -> {
                set.add(AccessCondition.DOWNLOAD);
                if (r.nextBoolean()) {
                    set.add(AccessCondition.IN_SITU_PROCESSING);
                }
            }
            case RESTRICTED -> {
                for (AccessCondition c : AccessCondition.values()) {
                    if (r.nextBoolean()) {
                        set.add(c);
                    }
                }
                if (set.isEmpty()) {
                    set.add(AccessCondition.values()[r.nextInt(AccessCondition.values().length)]);
                }
            }
            case NON_PUBLIC ->
                set.add(r.nextBoolean() ? AccessCondition.REMOTE_PROCESSING : AccessCondition.IN_SITU_PROCESSING);
        }
        return List.copyOf(set);
    }

    private GeneratedDataset observationalStudy() {
        DemoBiobank host = DemoHoldings.BIOBANKS.get(0);
        Dataset dataset = new Dataset(
                OBSERVATIONAL_STUDY_ID,
                OBSERVATIONAL_STUDY_TITLE,
                "This entry holds no data. It exists so that researchers can start a request for real-world data to "
                        + "be collected prospectively by the participating imaging biobanks, when no existing dataset "
                        + "fits their research question. Select it and start an access request describing the cohort, "
                        + "imaging and clinical data you need.",
                "1.0",
                "Observational study (data collection request)",
                AccessRights.RESTRICTED,
                List.of(), // it holds no data: nothing to download or process (AccessModel)
                new Publisher(host.id(), host.name(), host.country()),
                new ContactPoint("Data Access Desk, " + host.name(), "data-access@" + host.emailDomain()),
                host.networkId(),
                0,
                0,
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of("real-world data", "observational study", "data collection request"),
                "No data collected yet; data would be collected on request under a study protocol agreed with the "
                        + "participating biobanks.",
                null,
                List.of(),
                0,
                "Custom data use agreement (DUA)",
                true);
        return new GeneratedDataset(dataset, new CohortRows(List.of(), List.of()));
    }

    private static String pick(String[] values, double[] weights, Random r) {
        return values[pickIndex(weights, r)];
    }

    private static int pickIndex(double[] weights, Random r) {
        double u = r.nextDouble();
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (u < acc) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static <T> List<T> shuffled(List<T> list, Random r) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, r);
        return copy;
    }

    /** What the dataset's metadata says about its cohort, read off the cohort itself so the two always agree. */
    record CohortFacts(
            List<String> sexes, Integer minAge, Integer maxAge, List<String> modalities, List<String> manufacturers) {
        static CohortFacts of(CohortRows cohort, CancerProfile profile) {
            Set<String> sexes = new LinkedHashSet<>();
            for (String s : profile.sexes) {
                if (cohort.subjects().stream().anyMatch(x -> x.sex().equals(s))) {
                    sexes.add(s);
                }
            }
            int min = cohort.subjects().stream()
                    .mapToInt(CohortRows.Subject::ageAtDiagnosis)
                    .min()
                    .orElseThrow();
            int max = cohort.subjects().stream()
                    .mapToInt(CohortRows.Subject::ageAtDiagnosis)
                    .max()
                    .orElseThrow();
            Set<String> modalities = new LinkedHashSet<>();
            for (Modality m : Modality.values()) {
                if (cohort.studies().stream().anyMatch(x -> x.modality().equals(m.searchCode()))) {
                    modalities.add(m.dicomCode());
                }
            }
            Set<String> makers = new java.util.TreeSet<>();
            cohort.studies().forEach(x -> makers.add(x.manufacturer()));
            return new CohortFacts(List.copyOf(sexes), min, max, List.copyOf(modalities), List.copyOf(makers));
        }
    }
}

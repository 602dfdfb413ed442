package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.Biobank;
import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Condition;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetRef;
import eu.eucaim.workstation.api.catalogue.FacetValue;
import eu.eucaim.workstation.api.catalogue.LabelledCount;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.api.error.ErrorBody;
import eu.eucaim.workstation.api.node.NodeInfo;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The storage + HTTP contract of the node, run once per database backend (H2 always, PostgreSQL when configured).
 * Everything goes through real HTTP on loopback, except the cohort checks, which read the tables with SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NodeApiContract {
    static final long SEED = 7;
    static final String PROSTATE = "SNOMEDCT399068003";

    EucaimNode node;
    URI base;
    List<Dataset> all;

    /** A config for {@code seed} on fresh, empty storage (a new data dir or a new schema) every time it is called. */
    abstract NodeConfig freshConfig(long seed) throws Exception;

    /** A config whose database cannot be opened. */
    abstract NodeConfig unopenableConfig() throws Exception;

    @BeforeAll
    void startNode() throws Exception {
        node = EucaimNode.start(freshConfig(SEED));
        base = node.baseUri();
        all = allDatasets(base);
    }

    @AfterAll
    void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    // ---- health and basics

    @Test
    void healthSaysWhoTheNodeIs() {
        NodeInfo info = TestHttp.getOk(base, "/api/health", NodeInfo.class);
        assertThat(info.status()).isEqualTo("ok");
        assertThat(info.seed()).isEqualTo(SEED);
        assertThat(info.name()).contains("seed " + SEED);
        assertThat(info.version()).isNotBlank().isNotEqualTo("unknown");
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        assertThat(base.getPort()).isPositive();
    }

    @Test
    void demoCatalogueHasTheRequiredShape() {
        assertThat(all).hasSize(NodeConfig.DEFAULT_DATASET_COUNT + 1);
        assertThat(all).extracting(Dataset::id).doesNotHaveDuplicates();
        Dataset rwd = all.stream().filter(Dataset::observationalStudy).collect(single());
        assertThat(rwd.title()).isEqualTo("Build an Observational Study with RWD");
        assertThat(rwd.subjects()).isZero();
        assertThat(rwd.studies()).isZero();
        assertThat(rwd.description()).contains("holds no data").contains("request");

        List<Dataset> real = all.stream().filter(d -> !d.observationalStudy()).toList();
        assertThat(real).allSatisfy(d -> {
            assertThat(d.subjects()).isBetween(40, 1500);
            assertThat(d.studies()).isBetween(d.subjects(), 4 * d.subjects());
            assertThat(d.title()).isNotBlank();
            assertThat(d.description()).isNotBlank();
            assertThat(d.version()).matches("\\d+\\.\\d+");
            assertThat(d.type()).isNotBlank();
            assertThat(d.accessRights()).isNotNull();
            assertThat(d.accessConditions()).isNotEmpty();
            assertThat(d.publisher().name()).startsWith("Demo Imaging Biobank ");
            assertThat(d.contactPoint().email()).contains("@").endsWith(".example");
            assertThat(d.birthSex()).isNotEmpty();
            assertThat(d.minTypicalAge()).isNotNull().isLessThanOrEqualTo(d.maxTypicalAge());
            assertThat(d.conditions()).hasSize(1);
            assertThat(d.modalities()).isNotEmpty();
            assertThat(d.manufacturers()).isNotEmpty();
            assertThat(d.bodyParts()).hasSize(1);
            assertThat(d.keywords()).isNotEmpty();
            assertThat(d.provenance()).isNotBlank();
            assertThat(d.temporalCoverage().start())
                    .isBefore(d.temporalCoverage().end());
            assertThat(d.segmentations()).isBetween(0, d.studies());
            assertThat(d.annotationLabels().isEmpty()).isEqualTo(d.segmentations() == 0);
            assertThat(d.licence()).isNotBlank();
            // Keywords never promise a modality the dataset does not have.
            Map.of("MR", "MRI", "PT", "PET", "NM", "SPECT", "MG", "mammography", "US", "ultrasound")
                    .forEach((code, word) -> assertThat(d.keywords().contains(word))
                            .as("%s keyword %s", d.id(), word)
                            .isEqualTo(d.modalities().contains(code)));
        });
        assertThat(real.stream().map(d -> d.conditions().get(0).code()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "SNOMEDCT254837009", "SNOMEDCT363406005", "SNOMEDCT363358000", PROSTATE, "SNOMEDCT363484005");
        assertThat(real.stream().flatMap(d -> d.modalities().stream()).collect(Collectors.toSet()))
                .contains("CT", "MR", "PT", "MG");
        assertThat(real.stream().flatMap(d -> d.accessConditions().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(AccessCondition.values());
        assertThat(real.stream()
                        .map(d -> d.publisher().country())
                        .collect(Collectors.toSet())
                        .size())
                .isGreaterThanOrEqualTo(5);
        assertThat(real.stream().filter(d -> d.conditions().get(0).code().equals(PROSTATE)))
                .allSatisfy(d -> {
                    assertThat(d.birthSex()).containsExactly("male");
                    assertThat(d.bodyParts()).containsExactly("prostate");
                    assertThat(d.modalities()).isSubsetOf("MR", "PT");
                });
        assertThat(real.stream().filter(d -> d.bodyParts().contains("breast"))).allSatisfy(d -> {
            assertThat(d.birthSex()).contains("female");
            assertThat(d.modalities()).isSubsetOf("MG", "MR", "US", "PT", "CT");
        });
    }

    // ---- search

    @Test
    void textSearchFindsExactlyTheProstateDatasets() {
        DatasetPage page = search("q=PROSTATE&size=200");
        List<String> prostate = all.stream()
                .filter(d -> hasCondition(d, PROSTATE))
                .map(Dataset::id)
                .toList();
        assertThat(prostate).isNotEmpty();
        assertThat(page.items()).extracting(Dataset::id).containsExactlyInAnyOrderElementsOf(prostate);
        assertThat(page.total()).isEqualTo(prostate.size());
    }

    @Test
    void modalityFilterReturnsOnlyThoseDatasetsWithCorrectCounts() {
        DatasetPage page = search("modality=MR&size=200");
        List<Dataset> expected =
                all.stream().filter(d -> d.modalities().contains("MR")).toList();
        assertThat(page.items())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.modalities()).contains("MR"));
        assertThat(page.items())
                .extracting(Dataset::id)
                .containsExactlyElementsOf(
                        expected.stream().sorted(byTitle()).map(Dataset::id).toList());
        assertThat(page.total()).isEqualTo(expected.size());
        assertFacetsMatchBruteForce(page, "", Map.of(CatalogueFacet.MODALITY, List.of("MR")));
    }

    @Test
    void facetCountsAreDisjunctiveForEveryCombination() {
        String country = all.get(0).publisher().country();
        List<Map<CatalogueFacet, List<String>>> combos = List.of(
                Map.of(),
                Map.of(CatalogueFacet.MODALITY, List.of("MR", "CT")),
                Map.of(CatalogueFacet.MODALITY, List.of("MR"), CatalogueFacet.COUNTRY, List.of(country)),
                Map.of(
                        CatalogueFacet.ACCESS_CONDITION,
                        List.of("DOWNLOAD"),
                        CatalogueFacet.CONDITION,
                        List.of(PROSTATE, "SNOMEDCT254837009"),
                        CatalogueFacet.BODY_PART,
                        List.of("prostate")),
                Map.of(CatalogueFacet.MANUFACTURER, List.of("Siemens"), CatalogueFacet.MODALITY, List.of("PT")));
        for (String text : List.of("", "cohort", "segmentations")) {
            for (Map<CatalogueFacet, List<String>> filters : combos) {
                StringBuilder q = new StringBuilder("size=200&q=").append(enc(text));
                filters.forEach((f, values) -> values.forEach(
                        v -> q.append('&').append(f.param()).append('=').append(enc(v))));
                DatasetPage page = search(q.toString());
                List<Dataset> expected = all.stream()
                        .filter(d -> matches(d, text, filters, null))
                        .toList();
                assertThat(page.items())
                        .as("items for %s %s", text, filters)
                        .extracting(Dataset::id)
                        .containsExactlyElementsOf(expected.stream()
                                .sorted(byTitle())
                                .map(Dataset::id)
                                .toList());
                assertFacetsMatchBruteForce(page, text, filters);
            }
        }
        // Selecting MR must not hide the count for CT.
        DatasetPage mr = search("modality=MR");
        long ct = all.stream().filter(d -> d.modalities().contains("CT")).count();
        assertThat(facet(mr, "modality")).containsEntry("CT", ct);
    }

    @Test
    void facetLabelsAreReadable() {
        DatasetPage page = search("");
        assertThat(page.facets().keySet())
                .containsExactly("country", "condition", "modality", "bodyPart", "manufacturer", "accessCondition");
        Map<String, String> countries = labels(page, "country");
        countries.forEach(
                (code, name) -> assertThat(name).isEqualTo(new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
        assertThat(labels(page, "condition")).containsEntry(PROSTATE, "Prostate cancer");
        assertThat(labels(page, "modality")).containsEntry("MR", "MR (Magnetic resonance)");
        assertThat(labels(page, "accessCondition")).containsEntry("DOWNLOAD", AccessCondition.DOWNLOAD.label());
        assertThat(page.facets().get("modality"))
                .isSortedAccordingTo(
                        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label));
    }

    @Test
    void pagingWalksTheTitleOrderWithoutGapsOrDuplicates() {
        List<String> walked = new ArrayList<>();
        for (int p = 0; ; p++) {
            DatasetPage page = search("size=7&page=" + p);
            assertThat(page.page()).isEqualTo(p);
            assertThat(page.size()).isEqualTo(7);
            assertThat(page.total()).isEqualTo(all.size());
            if (page.items().isEmpty()) {
                break;
            }
            assertThat(page.items().size()).isLessThanOrEqualTo(7);
            page.items().forEach(d -> walked.add(d.id()));
        }
        assertThat(walked)
                .containsExactlyElementsOf(
                        all.stream().sorted(byTitle()).map(Dataset::id).toList());
        assertThat(search("").size()).isEqualTo(20);
        assertThat(search("").items()).hasSize(20);
    }

    @Test
    void datasetById() {
        Dataset first = all.get(3);
        assertThat(TestHttp.getOk(base, "/api/catalogue/datasets/" + first.id(), Dataset.class))
                .isEqualTo(first);
    }

    // ---- errors

    @Test
    void unknownDatasetIs404NamingTheId() {
        TestHttp.Response r = TestHttp.get(base, "/api/catalogue/datasets/no-such-dataset");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.as(ErrorBody.class).error()).isEqualTo("not_found");
        assertThat(r.as(ErrorBody.class).message()).contains("'no-such-dataset'");
    }

    @Test
    void unknownRouteAndWrongMethodAreJson() {
        TestHttp.Response unknown = TestHttp.get(base, "/api/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.as(ErrorBody.class))
                .isEqualTo(new ErrorBody("not_found", "No such endpoint: GET /api/nothing-here"));
        TestHttp.Response post = TestHttp.send(HttpRequest.newBuilder(base.resolve("/api/catalogue/summary"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.as(ErrorBody.class).error()).isEqualTo("method_not_allowed");
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("size=0", "'size'");
        cases.put("size=201", "'size'");
        cases.put("size=abc", "'size'");
        cases.put("page=-1", "'page'");
        cases.put("page=x", "'page'");
        cases.put("accessCondition=FREE", "DOWNLOAD, IN_SITU_PROCESSING, REMOTE_PROCESSING");
        cases.put("country=Spain", "'country'");
        cases.put("condition=254837009", "SNOMEDCT");
        cases.put("modalty=MR", "'modalty'");
        cases.forEach((query, expected) -> {
            TestHttp.Response r = TestHttp.get(base, "/api/catalogue/datasets?" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            ErrorBody body = r.as(ErrorBody.class);
            assertThat(body.error()).isEqualTo("bad_request");
            assertThat(body.message()).as(query).contains(expected).doesNotContain("Exception");
        });
    }

    // ---- networks and summary

    @Test
    void networkTreeHoldsEveryDatasetExactlyOnce() {
        List<Network> networks = TestHttp.getOk(base, "/api/catalogue/networks", new TypeReference<List<Network>>() {});
        assertThat(networks).hasSizeGreaterThanOrEqualTo(3);
        assertThat(networks.stream().mapToInt(n -> n.biobanks().size()).sum()).isGreaterThanOrEqualTo(8);
        Map<String, Dataset> byId = all.stream().collect(Collectors.toMap(Dataset::id, Function.identity()));
        List<String> seen = new ArrayList<>();
        for (Network n : networks) {
            for (Biobank b : n.biobanks()) {
                assertThat(b.name()).startsWith("Demo Imaging Biobank");
                for (DatasetRef ref : b.datasets()) {
                    Dataset d = byId.get(ref.id());
                    assertThat(d).as(ref.id()).isNotNull();
                    assertThat(ref).isEqualTo(new DatasetRef(d.id(), d.title(), d.subjects(), d.studies()));
                    assertThat(d.publisher().biobankId()).isEqualTo(b.id());
                    assertThat(d.publisher().country()).isEqualTo(b.country());
                    assertThat(d.networkId()).isEqualTo(n.id());
                    seen.add(ref.id());
                }
            }
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(byId.keySet());
    }

    @Test
    void summaryTotalsEqualTheSumsOverDatasets() {
        CatalogueSummary s = TestHttp.getOk(base, "/api/catalogue/summary", CatalogueSummary.class);
        List<Network> networks = TestHttp.getOk(base, "/api/catalogue/networks", new TypeReference<List<Network>>() {});
        assertThat(s.datasets()).isEqualTo(all.size());
        assertThat(s.subjects())
                .isEqualTo(all.stream().mapToLong(Dataset::subjects).sum());
        assertThat(s.studies())
                .isEqualTo(all.stream().mapToLong(Dataset::studies).sum());
        assertThat(s.networks()).isEqualTo(networks.size());
        assertThat(s.biobanks())
                .isEqualTo(networks.stream().mapToInt(n -> n.biobanks().size()).sum());
        assertThat(s.countries())
                .isEqualTo(networks.stream()
                        .flatMap(n -> n.biobanks().stream())
                        .map(Biobank::country)
                        .distinct()
                        .count());
        assertThat(s.subjectsByDataset())
                .hasSize(all.size())
                .isSortedAccordingTo(
                        Comparator.comparingLong(LabelledCount::count).reversed());
        assertThat(s.studiesByModality().stream()
                        .mapToLong(LabelledCount::count)
                        .sum())
                .isEqualTo(s.studies());
        assertThat(s.subjectsByBodyPart().stream()
                        .mapToLong(LabelledCount::count)
                        .sum())
                .isEqualTo(s.subjects());
        Set<String> catalogueModalities =
                all.stream().flatMap(d -> d.modalities().stream()).collect(Collectors.toSet());
        assertThat(s.studiesByModality())
                .extracting(LabelledCount::key)
                .containsExactlyInAnyOrderElementsOf(catalogueModalities);
    }

    // ---- cohort

    @Test
    void cohortMatchesEveryDatasetExactly() throws SQLException {
        Map<String, Long> subjects = countBy("SELECT dataset_id, COUNT(*) FROM subject GROUP BY dataset_id");
        Map<String, Long> studies = countBy("SELECT dataset_id, COUNT(*) FROM study GROUP BY dataset_id");
        for (Dataset d : all) {
            assertThat(subjects.getOrDefault(d.id(), 0L))
                    .as("subjects of %s", d.id())
                    .isEqualTo(d.subjects());
            assertThat(studies.getOrDefault(d.id(), 0L))
                    .as("studies of %s", d.id())
                    .isEqualTo(d.studies());
        }
        assertThat(subjects.keySet()).allMatch(id -> all.stream().anyMatch(d -> d.id().equals(id)));
    }

    @Test
    void theSummaryTotalsWrittenWithTheCatalogueEqualTheCohortRowsWrittenLater() throws SQLException {
        CatalogueSummary s = TestHttp.getOk(base, "/api/catalogue/summary", CatalogueSummary.class);
        assertThat(s.studiesByModality().stream().map(LabelledCount::count).sorted())
                .containsExactlyElementsOf(
                        countBy("SELECT modality, COUNT(*) FROM study GROUP BY modality").values().stream()
                                .sorted()
                                .toList());
        assertThat(s.subjectsByBodyPart().stream().map(LabelledCount::count).sorted())
                .containsExactlyElementsOf(
                        countBy("SELECT body_part, COUNT(DISTINCT subject_id) FROM study GROUP BY body_part")
                                .values()
                                .stream()
                                .sorted()
                                .toList());
    }

    @Test
    void cohortValuesAgreeWithTheMetadataAndTheSearchVocabulary() throws SQLException {
        Map<String, Dataset> byId = all.stream().collect(Collectors.toMap(Dataset::id, Function.identity()));
        Map<String, String> searchToDicom = Map.of(
                "MR", "MR", "CT", "CT", "PET", "PT", "SPECT", "NM", "MG", "MG", "US", "US", "CR", "CR", "DX", "DX");
        try (Connection c = node.dataSource().getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT s.dataset_id, s.sex, s.age_at_diagnosis, s.diagnosis_code,"
                                + " s.year_of_diagnosis, t.modality, t.body_part, t.manufacturer, t.study_date"
                                + " FROM study t JOIN subject s ON s.id = t.subject_id");
                ResultSet rs = ps.executeQuery()) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                Dataset d = byId.get(rs.getString(1));
                assertThat(d.birthSex()).contains(rs.getString(2));
                assertThat(rs.getInt(3)).isBetween(d.minTypicalAge(), d.maxTypicalAge());
                assertThat(rs.getString(4)).isEqualTo(d.conditions().get(0).code());
                assertThat(rs.getInt(5))
                        .isBetween(
                                d.temporalCoverage().start().getYear(),
                                d.temporalCoverage().end().getYear());
                assertThat(searchToDicom).containsKey(rs.getString(6));
                assertThat(d.modalities()).contains(searchToDicom.get(rs.getString(6)));
                assertThat(d.bodyParts()).contains(rs.getString(7));
                assertThat(d.manufacturers()).contains(rs.getString(8));
                assertThat(rs.getDate(9).toLocalDate())
                        .isBetween(
                                d.temporalCoverage().start(),
                                d.temporalCoverage().end());
            }
            assertThat(rows).isEqualTo(all.stream().mapToInt(Dataset::studies).sum());
        }
    }

    // ---- federated search (the three-node test covers more combinations; this runs them on every backend)

    @Test
    void federatedSearchCountsEqualABruteForceCountOnThisBackend() throws Exception {
        CohortOracle oracle = CohortOracle.read(node.dataSource());
        eu.eucaim.workstation.node.auth.ProviderClient client =
                new eu.eucaim.workstation.node.auth.ProviderClient(base);
        String token = client.login("researcher").accessToken();
        java.util.Random random = new java.util.Random(SEED);
        for (int i = 0; i < 20; i++) {
            eu.eucaim.workstation.api.query.CohortQuery q =
                    i == 0 ? eu.eucaim.workstation.api.query.CohortQuery.any() : CohortOracle.randomQuery(random);
            assertThat(FederatedSearchCountsTest.answer(client, token, q))
                    .as("%s", q)
                    .isEqualTo(oracle.expected(q));
        }
    }

    @Test
    void federatedSearchRejectsWhatItCannotMeanNamingTheParameter() {
        eu.eucaim.workstation.node.auth.ProviderClient client =
                new eu.eucaim.workstation.node.auth.ProviderClient(base);
        String token = client.login("researcher").accessToken();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("?sex=male", "'sex'");
        cases.put("?gender=Male", "'gender'");
        cases.put("?diagnosis=399068003", "'diagnosis'");
        cases.put("?modality=PT", "'modality'");
        cases.put("?bodyPart=Breast", "'bodyPart'");
        cases.put("?ageMin=abc", "'ageMin'");
        cases.put("?ageMax=200", "'ageMax'");
        cases.put("?yearMin=2020&yearMax=2010", "'yearMin'");
        cases.put("?ageMin=1&ageMin=2", "'ageMin'");
        cases.forEach((query, named) -> {
            var a = client.get("/api/federated-search" + query, token);
            assertThat(a.status()).as(query).isEqualTo(400);
            assertThat(a.json(ErrorBody.class).message()).as(query).contains(named);
        });
        assertThat(client.get("/api/federated-search", null).status()).isEqualTo(401);
    }

    // ---- lifecycle

    @Test
    void sameSeedGivesTheSameCatalogueAndAnotherSeedAnother() throws Exception {
        String first = catalogueJson(base);
        try (EucaimNode again = EucaimNode.start(freshConfig(SEED));
                EucaimNode other = EucaimNode.start(freshConfig(SEED + 1))) {
            assertThat(again.generatedDemoData()).isTrue();
            assertThat(catalogueJson(again.baseUri())).isEqualTo(first);
            assertThat(catalogueJson(other.baseUri())).isNotEqualTo(first);
            assertThat(allDatasets(other.baseUri()).stream().map(Dataset::title).toList())
                    .isNotEqualTo(all.stream().map(Dataset::title).toList());
        }
    }

    @Test
    void aNodeClosedBeforeItsCohortsAreWrittenWritesThemOnTheNextStart() throws Exception {
        NodeConfig config = freshConfig(SEED);
        // Closed at once: it is still creating the demo users, or between two batches of cohort rows.
        EucaimNode.start(config).close();
        try (EucaimNode second = EucaimNode.start(config)) {
            assertThat(second.generatedDemoData()).isFalse();
            Map<String, Long> subjects = new HashMap<>();
            try (Connection c = second.dataSource().getConnection();
                    PreparedStatement ps =
                            c.prepareStatement("SELECT dataset_id, COUNT(*) FROM subject GROUP BY dataset_id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    subjects.put(rs.getString(1), rs.getLong(2));
                }
            }
            for (Dataset d : all) {
                assertThat(subjects.getOrDefault(d.id(), 0L))
                        .as("subjects of %s", d.id())
                        .isEqualTo(d.subjects());
            }
        }
    }

    @Test
    void restartKeepsTheDataAndDoesNotRegenerate() throws Exception {
        NodeConfig config = freshConfig(SEED);
        try (EucaimNode first = EucaimNode.start(config)) {
            assertThat(first.generatedDemoData()).isTrue();
            assertThat(catalogueJson(first.baseUri())).isEqualTo(catalogueJson(base));
            // Edit the stored data: a regenerating start would put the generated title back.
            try (Connection c = first.dataSource().getConnection();
                    PreparedStatement ps = c.prepareStatement("UPDATE dataset SET title = ? WHERE id = ?")) {
                ps.setString(1, "Edited after first start");
                ps.setString(2, all.get(0).id());
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
        }
        try (EucaimNode second = EucaimNode.start(config)) {
            assertThat(second.generatedDemoData()).isFalse();
            Dataset edited = TestHttp.getOk(
                    second.baseUri(), "/api/catalogue/datasets/" + all.get(0).id(), Dataset.class);
            assertThat(edited.title()).isEqualTo("Edited after first start");
            // Everything else is exactly what the first start generated.
            List<Dataset> after = allDatasets(second.baseUri()).stream()
                    .map(d -> d.id().equals(all.get(0).id()) ? all.get(0) : d)
                    .toList();
            assertThat(after).containsExactlyInAnyOrderElementsOf(all);
            assertThat(TestHttp.get(second.baseUri(), "/api/catalogue/summary").body())
                    .isEqualTo(TestHttp.get(base, "/api/catalogue/summary")
                            .body()
                            .replace(all.get(0).title(), "Edited after first start"));
        }
    }

    @Test
    void aTakenPortIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            // The running node's storage: no second generation, and its failed start must not disturb the node.
            NodeConfig config = node.config().withPort(taken.getLocalPort());
            assertThatThrownBy(() -> EucaimNode.start(config))
                    .isInstanceOf(NodeStartException.class)
                    .hasMessageContaining(":" + taken.getLocalPort())
                    .hasMessageContaining("in use");
        }
        assertThat(TestHttp.getOk(base, "/api/catalogue/datasets?size=200", DatasetPage.class)
                        .total())
                .isEqualTo(all.size());
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsAClearError() throws Exception {
        NodeConfig config = unopenableConfig();
        assertThatThrownBy(() -> EucaimNode.start(config))
                .isInstanceOf(NodeStartException.class)
                .hasMessageContaining("database");
    }

    // ---- helpers

    DatasetPage search(String query) {
        return TestHttp.getOk(base, "/api/catalogue/datasets?" + query, DatasetPage.class);
    }

    static List<Dataset> allDatasets(URI base) {
        List<Dataset> datasets = new ArrayList<>();
        for (int p = 0; ; p++) {
            DatasetPage page = TestHttp.getOk(base, "/api/catalogue/datasets?size=200&page=" + p, DatasetPage.class);
            if (page.items().isEmpty()) {
                return datasets;
            }
            datasets.addAll(page.items());
        }
    }

    /** The whole public catalogue as the client sees it: every page, the networks, the summary. */
    static String catalogueJson(URI base) {
        StringBuilder json = new StringBuilder();
        for (int p = 0; ; p++) {
            TestHttp.Response r = TestHttp.get(base, "/api/catalogue/datasets?size=200&page=" + p);
            json.append(r.body()).append('\n');
            if (r.as(DatasetPage.class).items().isEmpty()) {
                break;
            }
        }
        json.append(TestHttp.get(base, "/api/catalogue/networks").body()).append('\n');
        json.append(TestHttp.get(base, "/api/catalogue/summary").body());
        return json.toString();
    }

    private void assertFacetsMatchBruteForce(DatasetPage page, String text, Map<CatalogueFacet, List<String>> filters) {
        for (CatalogueFacet facet : CatalogueFacet.values()) {
            Map<String, Long> expected = new HashMap<>();
            all.stream()
                    .filter(d -> matches(d, text, filters, facet))
                    .forEach(d -> values(d, facet).forEach(v -> expected.merge(v, 1L, Long::sum)));
            filters.getOrDefault(facet, List.of()).forEach(v -> expected.putIfAbsent(v, 0L));
            assertThat(facet(page, facet.param()))
                    .as("facet %s for '%s' %s", facet, text, filters)
                    .isEqualTo(expected);
        }
    }

    /** The search semantics written out plainly: every word in the text, OR within a facet, AND across. */
    private static boolean matches(
            Dataset d, String text, Map<CatalogueFacet, List<String>> filters, CatalogueFacet except) {
        String haystack =
                (d.title() + " " + d.description() + " " + String.join(" ", d.keywords())).toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        for (Map.Entry<CatalogueFacet, List<String>> f : filters.entrySet()) {
            if (f.getKey() != except && f.getValue().stream().noneMatch(values(d, f.getKey())::contains)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> values(Dataset d, CatalogueFacet facet) {
        return new HashSet<>(
                switch (facet) {
                    case COUNTRY -> List.of(d.publisher().country());
                    case CONDITION ->
                        d.conditions().stream().map(Condition::code).toList();
                    case MODALITY -> d.modalities();
                    case BODY_PART -> d.bodyParts();
                    case MANUFACTURER -> d.manufacturers();
                    case ACCESS_CONDITION ->
                        d.accessConditions().stream().map(Enum::name).toList();
                });
    }

    private static Map<String, Long> facet(DatasetPage page, String param) {
        return page.facets().get(param).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    }

    private static Map<String, String> labels(DatasetPage page, String param) {
        return page.facets().get(param).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::label));
    }

    private Map<String, Long> countBy(String sql) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = node.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private static boolean hasCondition(Dataset d, String code) {
        return d.conditions().stream().anyMatch(c -> c.code().equals(code));
    }

    private static Comparator<Dataset> byTitle() {
        return Comparator.comparing(Dataset::title).thenComparing(Dataset::id);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static <T> java.util.stream.Collector<T, ?, T> single() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
    }
}

package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.AccessRights;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.images.ImageAccess;
import eu.eucaim.workstation.api.images.RetrievalPage;
import eu.eucaim.workstation.api.negotiation.FormPayloads;
import eu.eucaim.workstation.node.auth.ProviderClient;
import eu.eucaim.workstation.node.dicomweb.DatasetAccessPolicy;
import eu.eucaim.workstation.node.dicomweb.ImageUse;
import eu.eucaim.workstation.node.dicomweb.JdbcRetrievalLog;
import eu.eucaim.workstation.node.dicomweb.StudyOwner;
import eu.eucaim.workstation.node.http.Caller;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 5 on a real node over HTTP: the access models of user guide 4.7 as {@code /image-access} reports
 * them (the policy the DICOMweb routes apply), granted through a real negotiation and closed by its conclusion; the
 * retrieval log as the dataset's representative reads it (JSON pages, filters, CSV).
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
abstract class ImageAccessModelContract {
    @TempDir
    static Path dir;

    /** The node's configuration: H2 in {@code dir}, or a fresh PostgreSQL schema. */
    abstract NodeConfig config(Path dir) throws Exception;

    EucaimNode node;
    URI base;
    String researcher;
    String steward;
    String admin;
    List<Dataset> datasets;
    Set<String> stewarded;

    @BeforeAll
    void start() throws Exception {
        node = EucaimNode.start(config(dir));
        base = node.baseUri();
        ProviderClient client = new ProviderClient(base);
        researcher = client.login("researcher").accessToken();
        steward = client.login("steward").accessToken();
        admin = client.login("admin").accessToken();
        datasets = TestHttp.getOk(base, "/api/catalogue/datasets?size=100", DatasetPage.class).items().stream()
                .filter(d -> !d.observationalStudy())
                .toList();
        stewarded = Set.copyOf(V3Calls.stewardedBiobanks(node));
    }

    @AfterAll
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aPublicDatasetOpensToAnyResearcher() throws Exception {
        Dataset open = notStewarded(d -> d.accessRights() == AccessRights.PUBLIC);
        assertThat(access(open, researcher)).isEqualTo(new ImageAccess(open.id(), true, true, true, null));
    }

    @Test
    void aGrantOpensUntilTheNegotiationConcludesAndTheConditionsSayHowFar() throws Exception {
        Dataset restricted = notStewarded(d ->
                d.accessRights() != AccessRights.PUBLIC && d.accessConditions().contains(AccessCondition.DOWNLOAD));
        Dataset onSite = notStewarded(d -> d.accessConditions().equals(List.of(AccessCondition.IN_SITU_PROCESSING)));
        Dataset remote = notStewarded(d -> d.accessConditions().equals(List.of(AccessCondition.REMOTE_PROCESSING)));
        Dataset pending = notStewarded(d -> d.accessRights() != AccessRights.PUBLIC
                && !List.of(restricted.id(), onSite.id(), remote.id()).contains(d.id()));

        ImageAccess before = access(restricted, researcher);
        assertThat(before.canSearch()).isFalse();
        assertThat(before.reason())
                .isEqualTo("The dataset '" + restricted.title() + "' (" + restricted.id() + ") is not public: request"
                        + " access through a negotiation; it opens once its representative makes it available to you.");

        String negotiation = negotiation(restricted, onSite, remote, pending);
        for (Dataset d : List.of(restricted, onSite, remote)) {
            grant(negotiation, d);
        }
        assertThat(access(restricted, researcher)).isEqualTo(new ImageAccess(restricted.id(), true, true, true, null));
        ImageAccess viewOnly = access(onSite, researcher);
        assertThat(List.of(viewOnly.canSearch(), viewOnly.canView(), viewOnly.canRetrieve()))
                .containsExactly(true, true, false);
        assertThat(viewOnly.reason())
                .isEqualTo(
                        "The access conditions of dataset '" + onSite.title() + "' (" + onSite.id() + ") allow"
                                + " viewing only, no download: its images cannot be retrieved as DICOM, kept offline or saved.");
        // granted or not, remote processing only is never viewed, nor listed by QIDO-RS
        ImageAccess remoteOnly = access(remote, researcher);
        assertThat(List.of(remoteOnly.canSearch(), remoteOnly.canView(), remoteOnly.canRetrieve()))
                .containsExactly(false, false, false);
        assertThat(remoteOnly.reason()).contains(remote.id(), "remote processing only");
        // the policy the DICOMweb routes call says the same
        Caller me = caller("demo-researcher", "researcher");
        assertThat(node.images().policy().refusal(me, new StudyOwner(onSite.id(), null), ImageUse.VIEW))
                .isEmpty();
        assertThat(node.images().policy().refusal(me, new StudyOwner(onSite.id(), null), ImageUse.RETRIEVE))
                .contains(viewOnly.reason());

        // the researcher concludes: from the next request on, nothing granted opens
        send("PUT", "/api/v3/negotiations/" + negotiation + "/lifecycle/CONCLUDE", researcher);
        ImageAccess after = access(restricted, researcher);
        assertThat(after.canSearch()).isFalse();
        assertThat(after.reason())
                .isEqualTo("Your access to dataset '" + restricted.title() + "' (" + restricted.id()
                        + ") ended when negotiation " + negotiation + " was concluded.");
        assertThat(access(onSite, researcher).canView()).isFalse();
        // the representative (here the committee, standing in for one the node does not know) and admins always
        assertThat(access(onSite, admin).canRetrieve()).isTrue();
    }

    @Test
    void theDatasetsRepresentativeAlwaysOpensItsOwnAndNoOneElses() throws Exception {
        Dataset own = datasets.stream()
                .filter(d -> stewarded.contains(d.publisher().biobankId()))
                .filter(d -> !d.accessConditions().contains(AccessCondition.DOWNLOAD))
                .findFirst()
                .orElseThrow();
        assertThat(access(own, steward).canRetrieve()).isTrue();
        Dataset foreign = notStewarded(d -> d.accessRights() != AccessRights.PUBLIC);
        assertThat(access(foreign, steward).canSearch()).isFalse();
    }

    @Test
    void anUnpublishedStudyIsItsUploadersAndTheAdminsOnly() {
        DatasetAccessPolicy policy = node.images().policy();
        StudyOwner unpublished = new StudyOwner(null, "demo-researcher");
        for (ImageUse use : ImageUse.values()) {
            assertThat(policy.refusal(caller("demo-researcher", "researcher"), unpublished, use))
                    .isEmpty();
            assertThat(policy.refusal(
                            new Caller("demo-admin", "i", "s", "admin", Set.of(Role.ADMIN), Set::of), unpublished, use))
                    .isEmpty();
            assertThat(policy.refusal(caller("someone-else", "else"), unpublished, use))
                    .contains("This study is not published in a dataset yet: only whoever uploaded it and the"
                            + " admins may use it.");
        }
    }

    @Test
    void imageAccessNeedsSignInAndAKnownDataset() {
        assertThat(TestHttp.get(
                                base,
                                "/api/catalogue/datasets/" + datasets.get(0).id() + "/image-access")
                        .status())
                .isEqualTo(401);
        assertThat(get("/api/catalogue/datasets/no-such/image-access", researcher, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theRetrievalLogRecordsTheBytesAndItsRepresentativeFiltersItByUserAndDate() throws Exception {
        Dataset own = datasets.stream()
                .filter(d -> stewarded.contains(d.publisher().biobankId()))
                .findFirst()
                .orElseThrow();
        StudyOwner owner = new StudyOwner(own.id(), null);
        JdbcRetrievalLog march = log("2026-03-01T10:00:00Z");
        march.record(caller("demo-researcher", "researcher"), owner, "1.2.3", "1.2.3.4", ImageUse.VIEW, 524_288);
        march.record(caller("demo-researcher", "researcher"), owner, "1.2.3", "1.2.3.4", ImageUse.RETRIEVE, 1_048_576);
        log("2026-04-15T23:59:59Z")
                .record(caller("acme#x", "=cmd|' /C calc'!A0, \"evil\""), owner, "1.2.3", null, ImageUse.VIEW, 7);
        node.images().log().record(caller("demo-admin", "admin"), owner, "1.2.9", "1.2.9.1", ImageUse.VIEW, 100);

        String path = "/api/catalogue/datasets/" + own.id() + "/retrievals";
        RetrievalPage all = get(path, steward, null).as(RetrievalPage.class);
        assertThat(all.retrievals()).isEqualTo(4);
        assertThat(all.bytes()).isEqualTo(524_288 + 1_048_576 + 7 + 100);
        assertThat(all.users()).isEqualTo(3);
        assertThat(all.items().get(0).username()).as("newest first").isEqualTo("admin");

        RetrievalPage researchers =
                get(path + "?user=RESEARCHER", steward, null).as(RetrievalPage.class);
        assertThat(researchers.items())
                .extracting(r -> r.use() + ":" + r.bytes())
                .containsExactlyInAnyOrder("VIEW:524288", "RETRIEVE:1048576");
        assertThat(researchers.items().get(0).seriesUid()).isEqualTo("1.2.3.4");

        RetrievalPage spring =
                get(path + "?from=2026-03-02&to=2026-04-15", admin, null).as(RetrievalPage.class);
        assertThat(spring.items()).extracting(r -> r.bytes()).containsExactly(7L);
        assertThat(get(path + "?to=2026-04-15T23:59:59Z", admin, null)
                        .as(RetrievalPage.class)
                        .retrievals())
                .as("to excludes its instant")
                .isEqualTo(2);

        RetrievalPage second = get(path + "?page=1&size=3", steward, null).as(RetrievalPage.class);
        assertThat(second.items()).hasSize(1);
        assertThat(second.retrievals()).isEqualTo(4);

        TestHttp.Response csv = get(path + "?from=2026-04-01", steward, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"retrievals-" + own.id() + ".csv\"");
        String[] lines = csv.body().split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("at,account,username,dataset,study,series,use,bytes");
        assertThat(lines).hasSize(4);
        assertThat(lines[3]).as("a CRLF ends the last row too").isEmpty();
        assertThat(lines[2])
                .isEqualTo("2026-04-15T23:59:59Z,acme#x,\"'=cmd|' /C calc'!A0, \"\"evil\"\"\"," + own.id()
                        + ",1.2.3,,VIEW,7");
        assertThat(get(path + "?format=csv&user=researcher", admin, null).body().split("\r\n"))
                .hasSize(3);

        // The datasets whose log each caller may read, with the totals: the steward's own, every one for an admin.
        String logged = get("/api/images/logged-datasets", steward, null).body();
        assertThat(logged).contains("\"datasetId\":\"" + own.id() + "\"", "\"retrievals\":4", "\"users\":3");
        assertThat(get("/api/images/logged-datasets", admin, null).body()).contains(own.id());
        assertThat(get("/api/images/logged-datasets", researcher, null).body()).isEqualTo("[]");
    }

    @Test
    void theRetrievalLogIsForItsRepresentativeAndAdminsAndRefusesBadParameters() throws Exception {
        Dataset foreign = notStewarded(d -> true);
        String path = "/api/catalogue/datasets/" + foreign.id() + "/retrievals";
        TestHttp.Response refused = get(path, steward, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Only a representative of dataset " + foreign.id());
        assertThat(get(path, researcher, null).status()).isEqualTo(403);
        assertThat(get(path + "?format=csv", researcher, "text/csv").status()).isEqualTo(403);
        assertThat(get(path, admin, null).status()).isEqualTo(200);

        assertThat(get(path + "?from=yesterday", admin, null).body()).contains("Parameter 'from' must be a date");
        assertThat(get(path + "?to=2026-02-30", admin, null).status()).isEqualTo(400);
        assertThat(get(path + "?to=2026-02-30", admin, null).body()).contains("Parameter 'to'");
        assertThat(get(path + "?from=2026-05-01&to=2026-04-01", admin, null).body())
                .contains("'from' must be before 'to'");
        assertThat(get(path + "?size=0", admin, null).body()).contains("Parameter 'size'");
        assertThat(get(path + "?format=xml", admin, null).status()).isEqualTo(400);
        assertThat(get(path + "?usr=x", admin, null).body()).contains("Unknown query parameter 'usr'");
    }

    // ---- helpers

    private Dataset notStewarded(Predicate<Dataset> p) {
        return datasets.stream()
                .filter(d -> !stewarded.contains(d.publisher().biobankId()))
                .filter(p)
                .findFirst()
                .orElseThrow(() -> new AssertionError("The demo catalogue has no such dataset"));
    }

    private static Caller caller(String account, String username) {
        return new Caller(account, "issuer", account, username, Set.of(Role.RESEARCHER), Set::of);
    }

    private JdbcRetrievalLog log(String at) {
        return new JdbcRetrievalLog(node.dataSource(), Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
    }

    private ImageAccess access(Dataset d, String token) {
        TestHttp.Response r = get("/api/catalogue/datasets/" + d.id() + "/image-access", token, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.as(ImageAccess.class);
    }

    private TestHttp.Response get(String path, String token, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token);
        if (accept != null) {
            b.header("Accept", accept);
        }
        return TestHttp.send(b);
    }

    /** A negotiation by the researcher for {@code datasets}, submitted and approved: IN_PROGRESS. */
    private String negotiation(Dataset... of) throws Exception {
        String request = V3Calls.handOver(
                base, java.util.Arrays.stream(of).map(Dataset::id).toArray(String[]::new));
        String id = V3Calls.draft(base, researcher, request, FormPayloads.complete());
        send("PUT", "/api/v3/negotiations/" + id + "/lifecycle/SUBMIT", researcher);
        send("PUT", "/api/v3/negotiations/" + id + "/lifecycle/APPROVE", admin);
        return id;
    }

    /** Takes {@code d} to RESOURCE_MADE_AVAILABLE; the committee answers for datasets the node knows no steward of. */
    private void grant(String negotiation, Dataset d) {
        String representative = stewarded.contains(d.publisher().biobankId()) ? steward : admin;
        for (String[] step : List.of(
                new String[] {"MARK_AS_CHECKING_AVAILABILITY", representative},
                new String[] {"MARK_AS_AVAILABLE", representative},
                new String[] {"INDICATE_ACCESS_CONDITIONS", representative},
                new String[] {"ACCEPT_ACCESS_CONDITIONS", researcher},
                new String[] {"GRANT_ACCESS_TO_RESOURCE", representative})) {
            send(
                    "PUT",
                    "/api/v3/negotiations/" + negotiation + "/resources/" + d.id() + "/lifecycle/" + step[0],
                    step[1]);
        }
    }

    private void send(String method, String path, String token) {
        TestHttp.Response r = V3Calls.send(base, method, path, token, null);
        assertThat(r.status()).as("%s %s: %s", method, path, r.body()).isEqualTo(200);
    }
}

package eu.eucaim.workstation.node.samples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleFile;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples API of a real node over loopback HTTP. */
class SampleRoutesTest {
    @TempDir
    static Path data;

    static EucaimNode node;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static List<Dataset> datasets;
    static HttpResponse<byte[]> firstListing;

    @BeforeAll
    static void start() throws Exception {
        node = EucaimNode.start(NodeConfig.defaults(data, 5).withDatasetCount(12));
        datasets = Json.mapper()
                .readValue(get("/api/catalogue/datasets?size=100").body(), DatasetPage.class)
                .items();
        // What a node killed while generating leaves behind: removed before the next generation.
        Path abandoned = Files.createDirectories(
                data.resolve("samples/v1/" + withSamples().id() + ".partial-123/1-CT"));
        Files.writeString(abandoned.resolve("IM00001.dcm"), "half");
        firstListing = get("/api/catalogue/datasets/" + withSamples().id() + "/samples");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (listing(withSamples().id()).preparing() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    static SampleImages listing(String id) throws Exception {
        return Json.mapper()
                .readValue(get("/api/catalogue/datasets/" + id + "/samples").body(), SampleImages.class);
    }

    @Test
    void theFirstRequestStartsTheGenerationAndSaysWhenToAskAgain() throws Exception {
        assertThat(firstListing.statusCode()).isEqualTo(200);
        assertThat(firstListing.headers().firstValue("Retry-After")).hasValue("1");
        SampleImages first = Json.mapper().readValue(firstListing.body(), SampleImages.class);
        assertThat(first.preparing()).isTrue();
        assertThat(first.available()).isTrue();
        assertThat(first.studies()).isEmpty();
        HttpResponse<byte[]> ready =
                get("/api/catalogue/datasets/" + withSamples().id() + "/samples");
        assertThat(ready.headers().firstValue("Retry-After")).isEmpty();
        assertThat(Json.mapper().readValue(ready.body(), SampleImages.class).preparing())
                .isFalse();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(node.baseUri().resolve(path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String body(HttpResponse<byte[]> r) {
        return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    static Dataset withSamples() {
        return datasets.stream().filter(SampleRoutes::hasSamples).findFirst().orElseThrow();
    }

    @Test
    void aDatasetListsItsOwnStudiesAndEveryFileDownloadsAsListed() throws Exception {
        Dataset d = withSamples();
        HttpResponse<byte[]> r = get("/api/catalogue/datasets/" + d.id() + "/samples");
        assertThat(r.statusCode()).isEqualTo(200);
        SampleImages s = Json.mapper().readValue(r.body(), SampleImages.class);
        assertThat(s.datasetId()).isEqualTo(d.id());
        assertThat(s.studies())
                .isNotEmpty()
                .allSatisfy(st -> assertThat(st.series())
                        .allSatisfy(se -> assertThat(d.modalities()).contains(se.modality())));
        SampleFile key = s.studies().get(0).series().get(0).keyFile();
        // files() and totalBytes() are conveniences, not wire fields.
        List<String> top = new java.util.ArrayList<>();
        Json.mapper().readTree(r.body()).fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("datasetId", "preparing", "studies");
        for (SampleFile f :
                List.of(s.files().get(0), key, s.files().get(s.files().size() - 1))) {
            HttpResponse<byte[]> file = get("/api/catalogue/datasets/" + d.id() + "/samples/files/" + f.path());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("application/dicom");
            assertThat(file.headers().firstValueAsLong("Content-Length")).hasValue(f.size());
            assertThat(file.headers().firstValue("ETag")).hasValue("\"" + f.sha256() + "\"");
            assertThat(file.body()).hasSize((int) f.size());
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())))
                    .isEqualTo(f.sha256());
            Path local = Files.write(data.resolve("check.dcm"), file.body());
            assertThat(DicomReader.readHeader(local).dataset().getString(Tags.SOPClassUID))
                    .startsWith("1.2.840.10008.5.1.4.1.1.");
        }
    }

    @Test
    void aMatchingETagAnswers304WithoutABody() throws Exception {
        Dataset d = withSamples();
        SampleImages s = Json.mapper()
                .readValue(get("/api/catalogue/datasets/" + d.id() + "/samples").body(), SampleImages.class);
        SampleFile f = s.files().get(s.files().size() / 2);
        HttpResponse<byte[]> r = get(
                "/api/catalogue/datasets/" + d.id() + "/samples/files/" + f.path(),
                "If-None-Match",
                "\"" + f.sha256() + "\"");
        assertThat(r.statusCode()).isEqualTo(304);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void theSetIsGeneratedOnceIntoTheDataFolderWithNoPartialLeft() throws Exception {
        String id = withSamples().id();
        get("/api/catalogue/datasets/" + id + "/samples");
        Path samples = data.resolve("samples/v1");
        assertThat(samples.resolve(id + "/manifest.json")).isRegularFile();
        try (Stream<Path> list = Files.list(samples)) {
            assertThat(list.map(p -> p.getFileName().toString()))
                    .as("the set and its (empty) lock file")
                    .containsExactlyInAnyOrder(id, id + ".lock");
        }
    }

    @Test
    void otherDatasetsHaveNoneAndUnknownOrEscapingPathsAre404() throws Exception {
        Dataset none = datasets.stream()
                .filter(d -> !SampleRoutes.hasSamples(d))
                .findFirst()
                .orElseThrow();
        SampleImages empty = Json.mapper()
                .readValue(
                        get("/api/catalogue/datasets/" + none.id() + "/samples").body(), SampleImages.class);
        assertThat(empty.studies()).isEmpty();
        assertThat(empty.preparing()).isFalse();
        assertThat(empty.available()).isFalse();
        assertThat(get("/api/catalogue/datasets/" + none.id() + "/samples/files/CT/IM00001.dcm")
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/api/catalogue/datasets/no-such-dataset/samples").statusCode())
                .isEqualTo(404);
        String id = withSamples().id();
        for (String bad : List.of(
                "1-CT/IM99999.dcm",
                "manifest.json",
                "../" + id + "/manifest.json",
                "..%2F..%2Fnode-5.mv.db",
                "CT/..%2F..%2F..%2Fnode-5.mv.db",
                "%2Fetc%2Fpasswd")) {
            HttpResponse<byte[]> r = get("/api/catalogue/datasets/" + id + "/samples/files/" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(404);
            assertThat(body(r)).as(bad).doesNotContain("DICM");
        }
    }
}

package eu.eucaim.workstation.node.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.dicom.PixelDataAccess;
import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.image.DicomImage;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.auth.ProviderClient;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node's DICOMweb over real HTTP on loopback: a node with its demo studies published, the demo users' tokens,
 * and instances sent by STOW-RS (native and RLE Lossless, made by {@link TestInstances}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DicomWebContract {
    private final String STUDY_A = "2.25.1001";
    private final String SERIES_A = "2.25.1001.1";
    private final String STUDY_B = "2.25.1002";

    @TempDir
    static Path temp;

    private EucaimNode node;
    private DicomWebClient web;
    private String researcher;
    private String steward;
    private String admin;
    private Path store;

    @BeforeAll
    void start() throws Exception {
        node = EucaimNode.start(config(temp).withDatasetCount(8));
        ProviderClient login = new ProviderClient(node.baseUri());
        researcher = login.login("researcher").accessToken();
        steward = login.login("steward").accessToken();
        admin = login.login("admin").accessToken();
        node.demoImagesPublished().get(2, TimeUnit.MINUTES);
        web = new DicomWebClient(node.baseUri());
        store = temp.resolve("dicom-store").resolve("seed-1");
        // Steward's unpublished study: a native two-frame CT and an RLE one, one series.
        DicomWebClient.Reply r = stow(
                "/dicom-web/studies",
                steward,
                List.of(
                        TestInstances.ct(
                                STUDY_A,
                                SERIES_A,
                                "2.25.1001.1.1",
                                "Stow^Alice",
                                "20240315",
                                TransferSyntax.EXPLICIT_VR_LE_UID,
                                2),
                        TestInstances.ct(
                                STUDY_A,
                                SERIES_A,
                                "2.25.1001.1.2",
                                "Stow^Alice",
                                "20240315",
                                TransferSyntax.RLE_LOSSLESS.uid(),
                                3)));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    @AfterAll
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        cleanUp();
    }

    /** The node's configuration: H2 in {@code temp}, or PostgreSQL. */
    abstract NodeConfig config(Path temp) throws Exception;

    /** After the node closed. */
    void cleanUp() throws Exception {}

    private DicomWebClient.Reply stow(String path, String token, List<byte[]> parts) {
        return web.post(
                path,
                token,
                "multipart/related; type=\"application/dicom\"; boundary=stow-boundary-42",
                DicomWebClient.multipart("stow-boundary-42", parts, "application/dicom"));
    }

    private JsonNode qido(String pathAndQuery, String token) {
        DicomWebClient.Reply r = web.get(pathAndQuery, token, "application/dicom+json");
        assertThat(r.status()).as(pathAndQuery + ": " + r.text()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/dicom+json");
        return r.json();
    }

    private String value(JsonNode item, String tag) {
        JsonNode v = item.path(tag).path("Value");
        if (v.isMissingNode() || v.isEmpty()) {
            return null;
        }
        JsonNode first = v.get(0);
        return first.isObject() ? first.path("Alphabetic").asText() : first.asText();
    }

    private Set<String> studyUids(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(s -> out.add(value(s, "0020000D")));
        return out;
    }

    // ---- QIDO-RS ----

    @Test
    void studiesListEveryPublishedDemoStudyWithTheDefaultAttributes() {
        JsonNode studies = qido("/dicom-web/studies", researcher);
        assertThat(studies.size()).isGreaterThan(1);
        assertThat(studyUids(studies)).doesNotContain(STUDY_A); // unpublished: the steward's own
        JsonNode first = studies.get(0);
        for (String tag : List.of(
                "00080005",
                "00080020",
                "00080030",
                "00080050",
                "00080061",
                "00080090",
                "00081190",
                "00100010",
                "00100020",
                "00100030",
                "00100040",
                "0020000D",
                "00200010",
                "00201206",
                "00201208")) {
            assertThat(first.has(tag)).as(tag).isTrue();
        }
        assertThat(first.path("00100010").path("vr").asText()).isEqualTo("PN");
        assertThat(first.path("00100010").path("Value").get(0).has("Alphabetic"))
                .isTrue();
        assertThat(value(first, "00081190"))
                .isEqualTo(node.baseUri() + "/dicom-web/studies/" + value(first, "0020000D"));
    }

    @Test
    void patientNameMatchesWildcardsCaseInsensitively() {
        JsonNode all = qido("/dicom-web/studies", researcher);
        String name = value(all.get(0), "00100010");
        String uid = value(all.get(0), "0020000D");
        String prefix = name.substring(0, 3).toLowerCase();
        assertThat(studyUids(qido("/dicom-web/studies?PatientName=" + prefix + "*", researcher)))
                .contains(uid);
        String oneWild = "?" + name.substring(1).toUpperCase();
        assertThat(studyUids(qido("/dicom-web/studies?00100010=" + enc(oneWild), researcher)))
                .contains(uid);
        assertThat(qido("/dicom-web/studies?PatientName=" + enc(name + "X"), researcher))
                .isEmpty();
        String id = value(all.get(0), "00100020");
        assertThat(studyUids(qido("/dicom-web/studies?PatientID=" + enc(id), researcher)))
                .containsExactly(uid);
    }

    @Test
    void studyDatesMatchExactlyAndByRange() {
        JsonNode steward = qido("/dicom-web/studies?PatientName=stow*", this.steward);
        assertThat(studyUids(steward)).containsExactly(STUDY_A);
        for (String range : List.of("20240315", "20240101-20241231", "-20240315", "20240315-")) {
            assertThat(studyUids(qido("/dicom-web/studies?StudyDate=" + range, this.steward)))
                    .as(range)
                    .contains(STUDY_A);
        }
        for (String range : List.of("20240316-", "-20240314", "20230101-20231231")) {
            assertThat(studyUids(qido("/dicom-web/studies?StudyDate=" + range, this.steward)))
                    .as(range)
                    .doesNotContain(STUDY_A);
        }
    }

    @Test
    void modalitiesMatchAtStudyAndSeriesLevel() {
        // a modality the researcher sees (which demo datasets are public decides which one)
        JsonNode any = qido("/dicom-web/series", researcher);
        assertThat(any.size()).isPositive();
        String modality = value(any.get(0), "00080060");
        JsonNode ct = qido("/dicom-web/studies?ModalitiesInStudy=" + modality, researcher);
        assertThat(ct.size()).isPositive();
        ct.forEach(s -> assertThat(s.path("00080061").path("Value").toString()).contains(modality));
        JsonNode all = qido("/dicom-web/studies", researcher);
        assertThat(ct.size()).isLessThanOrEqualTo(all.size());
        JsonNode series = qido("/dicom-web/series?Modality=" + modality, researcher);
        assertThat(series.size()).isPositive();
        series.forEach(s -> assertThat(value(s, "00080060")).isEqualTo(modality));
        // A series query outside a study returns the study's attributes too (PS3.18 10.6.3.3).
        assertThat(series.get(0).has("00100010")).isTrue();
        assertThat(qido("/dicom-web/series?Modality=XA", researcher)).isEmpty();
    }

    @Test
    void includefieldAddsAttributesByKeywordTagOrAll() {
        JsonNode plain = qido("/dicom-web/studies?limit=1", researcher).get(0);
        assertThat(plain.has("00081030")).isFalse();
        assertThat(qido("/dicom-web/studies?limit=1&includefield=StudyDescription", researcher)
                        .get(0)
                        .has("00081030"))
                .isTrue();
        assertThat(qido("/dicom-web/studies?limit=1&includefield=00081030", researcher)
                        .get(0)
                        .has("00081030"))
                .isTrue();
        JsonNode all =
                qido("/dicom-web/studies?limit=1&includefield=all", researcher).get(0);
        assertThat(all.has("00081030")).isTrue();
        assertThat(all.has("00080060")).isFalse(); // a series attribute is not a study's
    }

    @Test
    void limitAndOffsetPageThroughTheMatches() {
        JsonNode all = qido("/dicom-web/studies", researcher);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 2) {
            JsonNode page = qido("/dicom-web/studies?limit=2&offset=" + offset, researcher);
            assertThat(page.size()).isLessThanOrEqualTo(2);
            page.forEach(s -> paged.add(value(s, "0020000D")));
        }
        List<String> whole = new ArrayList<>();
        all.forEach(s -> whole.add(value(s, "0020000D")));
        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void malformedQueriesAre400NamingTheParameter() {
        for (String[] bad : new String[][] {
            {"NoSuchParameter=1", "NoSuchParameter"},
            {"StudyDate=20241301", "StudyDate"},
            {"StudyDate=20240102-20240101", "StudyDate"},
            {"limit=0", "limit"},
            {"limit=ten", "limit"},
            {"offset=-1", "offset"},
            {"includefield=NotAKeyword", "NotAKeyword"},
            {"StudyInstanceUID=not-a-uid", "StudyInstanceUID"},
            {"ImageType=ORIGINAL", "ImageType"},
        }) {
            DicomWebClient.Reply r = web.get("/dicom-web/studies?" + bad[0], researcher, null);
            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.json().path("message").asText()).as(bad[0]).contains(bad[1]);
        }
    }

    @Test
    void seriesAndInstancesWithinAStudy() {
        JsonNode series = qido("/dicom-web/studies/" + STUDY_A + "/series", steward);
        assertThat(series.size()).isEqualTo(1);
        assertThat(value(series.get(0), "00201209")).isEqualTo("2");
        JsonNode instances = qido("/dicom-web/studies/" + STUDY_A + "/series/" + SERIES_A + "/instances", steward);
        assertThat(instances.size()).isEqualTo(2);
        assertThat(value(instances.get(0), "00280010")).isEqualTo(String.valueOf(TestInstances.ROWS));
        assertThat(qido("/dicom-web/studies/" + STUDY_A + "/instances?SOPInstanceUID=2.25.1001.1.2", steward)
                        .size())
                .isEqualTo(1);
        assertThat(qido("/dicom-web/instances?SOPInstanceUID=2.25.1001.1.1,2.25.1001.1.2", steward)
                        .size())
                .isEqualTo(2);
    }

    // ---- access ----

    @Test
    void everyRouteNeedsAToken() {
        for (String path : List.of(
                "/dicom-web/studies",
                "/dicom-web/series",
                "/dicom-web/instances",
                "/dicom-web/studies/" + STUDY_A + "/metadata",
                "/dicom-web/studies/" + STUDY_A)) {
            assertThat(web.get(path, null, null).status()).as(path).isEqualTo(401);
        }
        assertThat(stow("/dicom-web/studies", null, List.of()).status()).isEqualTo(401);
    }

    @Test
    void anUnpublishedStudyIsTheUploadersAndAdminsOnly() {
        assertThat(studyUids(qido("/dicom-web/studies", steward))).contains(STUDY_A);
        assertThat(studyUids(qido("/dicom-web/studies", admin))).contains(STUDY_A);
        assertThat(studyUids(qido("/dicom-web/studies", researcher))).doesNotContain(STUDY_A);
        DicomWebClient.Reply r = web.get("/dicom-web/studies/" + STUDY_A + "/metadata", researcher, null);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("message").asText()).contains("not published");
        assertThat(web.get("/dicom-web/studies/" + STUDY_A + "/metadata", admin, null)
                        .status())
                .isEqualTo(200);
        assertThat(web.get("/dicom-web/studies/2.25.999999/metadata", admin, null)
                        .status())
                .isEqualTo(404);
    }

    // ---- WADO-RS ----

    @Test
    void metadataListsEveryInstanceWithoutPixelData() {
        JsonNode md = qido("/dicom-web/studies/" + STUDY_A + "/series/" + SERIES_A + "/metadata", steward);
        assertThat(md.size()).isEqualTo(2);
        for (JsonNode i : md) {
            assertThat(i.has("7FE00010")).isFalse();
            assertThat(value(i, "00083002")).isIn(TransferSyntax.EXPLICIT_VR_LE_UID, TransferSyntax.RLE_LOSSLESS.uid());
            assertThat(value(i, "00100010")).isEqualTo("Stow^Alice");
        }
    }

    @Test
    void anInstanceComesBackByteForByteAsStored() throws Exception {
        String path = "/dicom-web/studies/" + STUDY_A + "/series/" + SERIES_A + "/instances/2.25.1001.1.2";
        DicomWebClient.Reply r = web.get(path, steward, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("multipart/related").contains("application/dicom");
        List<DicomWebClient.Part> parts = r.parts();
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).contentType()).contains("transfer-syntax=" + TransferSyntax.RLE_LOSSLESS.uid());
        assertThat(parts.get(0).body()).isEqualTo(Files.readAllBytes(storedFile("2.25.1001.1.2")));
        // The whole series and study: both instances.
        assertThat(web.get("/dicom-web/studies/" + STUDY_A + "/series/" + SERIES_A, steward, null)
                        .parts())
                .hasSize(2);
        assertThat(web.get(
                                "/dicom-web/studies/" + STUDY_A,
                                steward,
                                "multipart/related; type=\"application/dicom\"; transfer-syntax=*")
                        .parts())
                .hasSize(2);
        assertThat(web.get(
                                path,
                                steward,
                                "multipart/related; type=\"application/dicom\"; transfer-syntax=1.2.840.10008.1.2.1")
                        .status())
                .isEqualTo(406);
    }

    @Test
    void framesAsStoredWithOhifsAcceptHeader() throws Exception {
        for (String fixture : List.of("ohif-frames-accept.txt", "ohif-frames-accept-unquoted.txt")) {
            String accept = fixture(fixture);
            // Compressed: the RLE fragments as stored.
            DicomWebClient.Reply r = web.get(frames("2.25.1001.1.2", "1,3"), steward, accept);
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            List<DicomWebClient.Part> parts = r.parts();
            assertThat(parts).hasSize(2);
            PixelDataAccess stored = PixelDataAccess.of(DicomReader.read(storedFile("2.25.1001.1.2")));
            assertThat(parts.get(0).contentType())
                    .isEqualTo("application/octet-stream; transfer-syntax=" + TransferSyntax.RLE_LOSSLESS.uid());
            assertThat(parts.get(0).body()).isEqualTo(stored.frameBytes(0));
            assertThat(parts.get(1).body()).isEqualTo(stored.frameBytes(2));
            // Native: the samples as stored.
            DicomWebClient.Reply n = web.get(frames("2.25.1001.1.1", "2"), steward, accept);
            PixelDataAccess nat = PixelDataAccess.of(DicomReader.read(storedFile("2.25.1001.1.1")));
            assertThat(n.parts().get(0).body()).isEqualTo(nat.frameBytes(1));
        }
    }

    @Test
    void framesAsExplicitLittleEndianAreTheDecodedPixels() throws Exception {
        for (String accept : new String[] {
            null, "multipart/related; type=\"application/octet-stream\"; transfer-syntax=1.2.840.10008.1.2.1"
        }) {
            DicomWebClient.Reply r = web.get(frames("2.25.1001.1.2", "2"), steward, accept);
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            DicomWebClient.Part part = r.parts().get(0);
            assertThat(part.contentType()).endsWith("transfer-syntax=" + TransferSyntax.EXPLICIT_VR_LE_UID);
            DecodedFrame decoded = DicomImage.open(storedFile("2.25.1001.1.2")).frame(1);
            short[] got = new short[decoded.shorts().length];
            ByteBuffer.wrap(part.body())
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .asShortBuffer()
                    .get(got);
            assertThat(got).isEqualTo(decoded.shorts());
            // …which are the pixels the instance was made with (frame 2 holds values + 1).
            short[] made = TestInstances.values("2.25.1001.1.2".hashCode() & 0xFF);
            assertThat(got[5]).isEqualTo((short) (made[5] + 1));
        }
        assertThat(web.get(
                                frames("2.25.1001.1.2", "1"),
                                steward,
                                "multipart/related; type=\"image/jp2\"; transfer-syntax=1.2.840.10008.1.2.4.90")
                        .status())
                .isEqualTo(406);
        assertThat(web.get(frames("2.25.1001.1.2", "4"), steward, null).status())
                .isEqualTo(404);
        assertThat(web.get(frames("2.25.1001.1.2", "0"), steward, null).status())
                .isEqualTo(400);
    }

    @Test
    void renderedAndThumbnailsAreImages() throws Exception {
        String instance = "/dicom-web/studies/" + STUDY_A + "/series/" + SERIES_A + "/instances/2.25.1001.1.2";
        DicomWebClient.Reply jpeg = web.get(instance + "/rendered", steward, null);
        assertThat(jpeg.header("Content-Type")).isEqualTo("image/jpeg");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(jpeg.body()));
        assertThat(img.getWidth()).isEqualTo(TestInstances.COLUMNS);
        assertThat(img.getHeight()).isEqualTo(TestInstances.ROWS);
        DicomWebClient.Reply png =
                web.get(instance + "/frames/2/rendered?window=40,400&viewport=24,24", steward, "image/png");
        assertThat(png.header("Content-Type")).isEqualTo("image/png");
        BufferedImage scaled = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(scaled.getHeight()).isEqualTo(24); // 16 x 12 fitted into 24 x 24
        assertThat(scaled.getWidth()).isEqualTo(18);
        assertThat(web.get(instance + "/rendered?window=40", steward, null).status())
                .isEqualTo(400);
        assertThat(web.get(instance + "/rendered?size=3", steward, null).status())
                .isEqualTo(400);
        for (String path : List.of(
                "/dicom-web/studies/" + STUDY_A + "/thumbnail",
                "/dicom-web/studies/" + STUDY_A + "/series/" + SERIES_A + "/thumbnail",
                instance + "/thumbnail")) {
            DicomWebClient.Reply t = web.get(path, steward, null);
            assertThat(t.status()).as(path).isEqualTo(200);
            assertThat(ImageIO.read(new ByteArrayInputStream(t.body())))
                    .as(path)
                    .isNotNull();
        }
        // A demo study's thumbnail: a real series, at most 128 pixels.
        JsonNode demo = qido("/dicom-web/studies?limit=1", researcher).get(0);
        DicomWebClient.Reply t =
                web.get("/dicom-web/studies/" + value(demo, "0020000D") + "/thumbnail", researcher, null);
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(t.body()));
        assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(128);
    }

    // ---- STOW-RS ----

    @Test
    void stowNeedsTheStewardOrAdminRole() {
        byte[] ct = TestInstances.ct(
                STUDY_B, "2.25.1002.1", "2.25.1002.1.9", "Stow^Bob", "20240101", TransferSyntax.EXPLICIT_VR_LE_UID, 1);
        DicomWebClient.Reply r = stow("/dicom-web/studies", researcher, List.of(ct));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("message").asText()).contains("data_steward");
    }

    @Test
    void stowOfSomeBadPartsIs202AndOfOnlyBadOnes409() {
        byte[] good = TestInstances.ct(
                STUDY_B, "2.25.1002.1", "2.25.1002.1.1", "Stow^Bob", "20240101", TransferSyntax.EXPLICIT_VR_LE_UID, 1);
        byte[] garbage = "not a DICOM file at all".getBytes(StandardCharsets.US_ASCII);
        DicomWebClient.Reply mixed = stow("/dicom-web/studies", admin, List.of(good, garbage));
        assertThat(mixed.status()).as(mixed.text()).isEqualTo(202);
        JsonNode body = mixed.json();
        assertThat(body.path("00081199").path("Value").size()).isEqualTo(1);
        JsonNode ref = body.path("00081199").path("Value").get(0);
        assertThat(value(ref, "00081155")).isEqualTo("2.25.1002.1.1");
        assertThat(value(ref, "00081190")).endsWith("/instances/2.25.1002.1.1");
        JsonNode failed = body.path("00081198").path("Value").get(0);
        assertThat(failed.path("00081197").path("Value").get(0).asInt()).isEqualTo(0xC000);

        // To /studies/{study}: an instance of another study fails, so nothing is stored.
        byte[] other = TestInstances.ct(
                "2.25.1003",
                "2.25.1003.1",
                "2.25.1003.1.1",
                "Stow^Carol",
                "20240101",
                TransferSyntax.EXPLICIT_VR_LE_UID,
                1);
        DicomWebClient.Reply none = stow("/dicom-web/studies/" + STUDY_B, admin, List.of(other, garbage));
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.json().path("00081198").path("Value").size()).isEqualTo(2);
        assertThat(web.get("/dicom-web/studies/2.25.1003/metadata", admin, null).status())
                .isEqualTo(404);

        // The same SOP Instance again: the first is kept, and reported stored (as Orthanc does).
        DicomWebClient.Reply again = stow("/dicom-web/studies/" + STUDY_B, admin, List.of(good));
        assertThat(again.status()).isEqualTo(200);
        // …but not to someone who may not see the first.
        assertThat(stow("/dicom-web/studies", steward, List.of(good)).status()).isEqualTo(409);
    }

    @Test
    void stowOfAnotherMediaTypeIs415() {
        DicomWebClient.Reply r = web.post(
                "/dicom-web/studies",
                steward,
                "multipart/related; type=\"application/dicom+json\"; boundary=x",
                DicomWebClient.multipart(
                        "x", List.of("[]".getBytes(StandardCharsets.US_ASCII)), "application/dicom+json"));
        assertThat(r.status()).isEqualTo(415);
        assertThat(web.post("/dicom-web/studies", steward, "application/json", "{}".getBytes(StandardCharsets.US_ASCII))
                        .status())
                .isEqualTo(415);
    }

    @Test
    void everyStoredFileIsIndexedAndListed() throws Exception {
        long files;
        try (var walk = Files.walk(store)) {
            files = walk.filter(p -> p.toString().endsWith(".dcm")).count();
        }
        assertThat(files).isPositive();
        assertThat(qido("/dicom-web/instances", admin).size()).isEqualTo((int) files);
    }

    private String frames(String sop, String list) {
        return "/dicom-web/studies/" + STUDY_A + "/series/" + SERIES_A + "/instances/" + sop + "/frames/" + list;
    }

    private Path storedFile(String sop) {
        String hash = DicomStore.sha256(sop);
        return store.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash + ".dcm");
    }

    private String fixture(String name) throws Exception {
        try (var in = DicomWebContract.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package eu.eucaim.workstation.client.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.Frame;
import eu.eucaim.workstation.api.dicomweb.QidoQuery;
import eu.eucaim.workstation.api.dicomweb.StowResult;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.PixelDataAccess;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.ValueCodec;
import eu.eucaim.workstation.dicom.image.DicomImage;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.io.DicomWriter;
import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.node.EucaimNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, "Parity": the same files stored in a real node and in a real Orthanc give the same QIDO-RS attributes
 * and the same frames in explicit VR little endian, and OHIF's frame request works on the node.
 *
 * <p>The files: pydicom's test files, one or more of every transfer syntax the DICOM core decodes. Many of them share
 * a SOP Instance UID (MR_small.dcm and its re-encodings) or a study (the SC_rgb_* files, with different study
 * attributes), and both servers keep the first instance of a UID, so each file is stored as a copy that is its own
 * study, series and instance (UIDs derived from its name, written by the DICOM core in its own transfer syntax,
 * pixel data untouched). Big endian and deflated files cannot be written by the core; the two used have UIDs of
 * their own and are stored as they are.
 */
class DicomWebParityTest {
    static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    static final String OHIF_FRAMES_ACCEPT = "multipart/related; type=application/octet-stream; transfer-syntax=*";

    /** File → its transfer syntax, asserted when the copy is made, so that the list says what is covered. */
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("CT_small.dcm", EXPLICIT_LE);
        FILES.put("SC_rgb_small_odd.dcm", EXPLICIT_LE);
        FILES.put("rtdose.dcm", "1.2.840.10008.1.2");
        FILES.put("MR_small_implicit.dcm", "1.2.840.10008.1.2");
        FILES.put("ExplVR_BigEnd.dcm", "1.2.840.10008.1.2.2");
        FILES.put("image_dfl.dcm", "1.2.840.10008.1.2.1.99");
        FILES.put("MR_small_RLE.dcm", "1.2.840.10008.1.2.5");
        FILES.put("SC_rgb_rle_2frame.dcm", "1.2.840.10008.1.2.5");
        FILES.put("SC_rgb_rle_16bit.dcm", "1.2.840.10008.1.2.5");
        FILES.put("SC_rgb_jpeg_dcmtk.dcm", "1.2.840.10008.1.2.4.50");
        FILES.put("SC_rgb_dcmtk_+eb+cy+np.dcm", "1.2.840.10008.1.2.4.50");
        FILES.put("JPEG-lossy.dcm", "1.2.840.10008.1.2.4.51");
        FILES.put("SC_rgb_jpeg_gdcm.dcm", "1.2.840.10008.1.2.4.70");
        FILES.put("MR_small_jpeg_ls_lossless.dcm", "1.2.840.10008.1.2.4.80");
        FILES.put("MR_small_jp2klossless.dcm", "1.2.840.10008.1.2.4.90");
        FILES.put("GDCMJ2K_TextGBR.dcm", "1.2.840.10008.1.2.4.90");
        FILES.put("693_J2KI.dcm", "1.2.840.10008.1.2.4.91");
    }

    /** Study attributes both servers return by default (PS3.18 Table 10.6.3-3), compared after normalising. */
    static final List<String> STUDY_ATTRIBUTES = List.of(
            "00080020", // StudyDate
            "00080030", // StudyTime
            "00080050", // AccessionNumber
            "00080061", // ModalitiesInStudy
            "00080090", // ReferringPhysicianName
            "00100010", // PatientName
            "00100020", // PatientID
            "00100030", // PatientBirthDate
            "00100040", // PatientSex
            "0020000D", // StudyInstanceUID
            "00200010", // StudyID
            "00201206", // NumberOfStudyRelatedSeries
            "00201208"); // NumberOfStudyRelatedInstances

    /** Series attributes (Table 10.6.3-4). */
    static final List<String> SERIES_ATTRIBUTES = List.of(
            "00080060", // Modality
            "0008103E", // SeriesDescription
            "0020000E", // SeriesInstanceUID
            "00200011", // SeriesNumber
            "00201209"); // NumberOfSeriesRelatedInstances

    /** Instance attributes (Table 10.6.3-5). */
    static final List<String> INSTANCE_ATTRIBUTES = List.of(
            "00080016", // SOPClassUID
            "00080018", // SOPInstanceUID
            "00200013", // InstanceNumber
            "00280010", // Rows
            "00280011", // Columns
            "00280100", // BitsAllocated
            "00280008"); // NumberOfFrames

    @TempDir
    static Path dir;

    static OrthancServer orthanc;
    static EucaimNode node;
    static AccessTokenSource admin;
    static HttpDicomWebClient onNode;
    static HttpDicomWebClient onOrthanc;
    /** File name → the copy stored in both. */
    static final Map<String, Path> stored = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        Path copies = Files.createDirectories(dir.resolve("copies"));
        for (Map.Entry<String, String> e : FILES.entrySet()) {
            stored.put(e.getKey(), copyOf(e.getKey(), e.getValue(), copies));
        }
        orthanc = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")));
        for (Path f : stored.values()) {
            orthanc.store(f);
        }
        onOrthanc = new HttpDicomWebClient(ClientConfig.of(orthanc.dicomWeb()), null);
        node = NodeDicomWebTest.startedNode(dir.resolve("node"));
        admin = RealSignIn.as(node.baseUri(), "admin");
        onNode = new HttpDicomWebClient(ClientConfig.of(NodeDicomWebTest.dicomWeb(node)), admin);
        StowResult result = onNode.store(List.copyOf(stored.values()), null).get(60, TimeUnit.SECONDS);
        assertThat(result.complete()).as("all stored in the node: %s", result).isTrue();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (orthanc != null) {
            orthanc.close();
        }
    }

    /** The file as stored: a copy with UIDs of its own, or the file itself when the core cannot write its syntax. */
    static Path copyOf(String name, String transferSyntax, Path copies) throws Exception {
        Path source = DicomWebClientContract.FILES.resolve(name);
        DicomFile f = DicomReader.read(source);
        assertThat(f.transferSyntax().uid()).as(name).isEqualTo(transferSyntax);
        if (transferSyntax.equals("1.2.840.10008.1.2.2") || transferSyntax.equals("1.2.840.10008.1.2.1.99")) {
            return source;
        }
        f.dataset().put(Tags.StudyInstanceUID, VR.UI, uid(name, "study"));
        f.dataset().put(Tags.SeriesInstanceUID, VR.UI, uid(name, "series"));
        f.dataset().put(Tags.SOPInstanceUID, VR.UI, uid(name, "instance"));
        Path copy = copies.resolve(name);
        DicomWriter.write(copy, f.dataset(), transferSyntax);
        return copy;
    }

    /** A UUID-derived UID (PS3.5 B.2), the same for the same name and level. */
    static String uid(String name, String level) {
        UUID u = UUID.nameUUIDFromBytes((name + "/" + level).getBytes(StandardCharsets.UTF_8));
        ByteBuffer b =
                ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
        return "2.25." + new BigInteger(1, b.array());
    }

    static String tag(Path file, int tag) throws Exception {
        return DicomReader.read(file).dataset().getString(tag);
    }

    @Test
    void qidoGivesTheSameStudySeriesAndInstanceAttributes() throws Exception {
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, Path> e : stored.entrySet()) {
            String study = tag(e.getValue(), Tags.StudyInstanceUID);
            String series = tag(e.getValue(), Tags.SeriesInstanceUID);
            QidoQuery byStudy = QidoQuery.all().where("StudyInstanceUID", study);
            compare(
                    e.getKey() + " study",
                    STUDY_ATTRIBUTES,
                    onNode.studies(byStudy),
                    onOrthanc.studies(byStudy),
                    disagreements);
            compare(
                    e.getKey() + " series",
                    SERIES_ATTRIBUTES,
                    onNode.series(study, QidoQuery.all()),
                    onOrthanc.series(study, QidoQuery.all()),
                    disagreements);
            compare(
                    e.getKey() + " instance",
                    INSTANCE_ATTRIBUTES,
                    onNode.instances(study, series, QidoQuery.all()),
                    onOrthanc.instances(study, series, QidoQuery.all()),
                    disagreements);
        }
        // Among them instances without Number of Frames, which both answer with no value (PS3.4 C.2.2.2).
        assertThat(stored.values().stream()
                        .filter(f -> !readQuietly(f).contains(Tags.NumberOfFrames))
                        .count())
                .isPositive();
        assertThat(disagreements).isEmpty();
    }

    private static eu.eucaim.workstation.dicom.Dataset readQuietly(Path file) {
        try {
            return DicomReader.read(file).dataset();
        } catch (eu.eucaim.workstation.dicom.DicomParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void compare(
            String what,
            List<String> attributes,
            java.util.concurrent.CompletableFuture<List<DicomAttributes>> node,
            java.util.concurrent.CompletableFuture<List<DicomAttributes>> orthanc,
            List<String> disagreements)
            throws Exception {
        List<DicomAttributes> n = node.get(20, TimeUnit.SECONDS);
        List<DicomAttributes> o = orthanc.get(20, TimeUnit.SECONDS);
        if (n.size() != 1 || o.size() != 1) {
            disagreements.add(what + ": node found " + n.size() + ", Orthanc " + o.size());
            return;
        }
        for (String a : attributes) {
            List<String> nv = normalised(n.get(0), a);
            List<String> ov = normalised(o.get(0), a);
            if (!nv.equals(ov)) {
                disagreements.add(what + " " + a + ": node " + nv + ", Orthanc " + ov);
            }
        }
    }

    /**
     * An attribute's values in a form both servers may write differently (PS3.18 F.2): absent, present without a
     * Value, or an empty Value are all "no value"; a person name is its Alphabetic group with trailing empty
     * components dropped; a DA is YYYYMMDD; IS and DS are numbers (a JSON number or a string, "001" = "1", "1.50" = "1.5"); other
     * strings are trimmed.
     */
    static List<String> normalised(DicomAttributes result, String tag) {
        JsonNode attribute = result.json().get(tag);
        List<String> out = new ArrayList<>();
        if (attribute == null || attribute.get("Value") == null) {
            return out;
        }
        String vr = attribute.path("vr").asText();
        for (JsonNode v : attribute.get("Value")) {
            String s;
            if (vr.equals("PN")) {
                s = v.path("Alphabetic").asText("").replaceAll("\\^+$", "").strip();
            } else if (vr.equals("DA")) {
                s = v.asText().strip().replace(".", ""); // ACR-NEMA's YYYY.MM.DD is the same date (PS3.5 6.2)
            } else if (vr.equals("IS") || vr.equals("DS") || v.isNumber()) {
                s = new BigDecimal(v.asText().strip()).stripTrailingZeros().toPlainString();
            } else {
                s = v.asText().strip();
            }
            out.add(s);
        }
        return out.stream().allMatch(String::isEmpty) ? List.of() : out;
    }

    @Test
    void framesInExplicitVrLittleEndianAreTheSameBytesFromBothAndTheCoresDecode() throws Exception {
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, Path> e : stored.entrySet()) {
            DicomFile f = DicomReader.read(e.getValue());
            int frames = Math.min(PixelDataAccess.of(f).frameCount(), 3);
            for (int i = 1; i <= frames; i++) {
                byte[] fromNode = frame(onNode, f, i, EXPLICIT_LE);
                byte[] fromOrthanc = frame(onOrthanc, f, i, EXPLICIT_LE);
                if (fromOrthanc == null && orthanc.revive()) {
                    fromOrthanc = frame(onOrthanc, f, i, EXPLICIT_LE); // once more after the peer's crash
                }
                byte[] decoded = nativeLittleEndian(f, i - 1);
                String what = e.getKey() + " frame " + i;
                if (!java.util.Arrays.equals(fromNode, decoded)) {
                    disagreements.add(what + ": node differs from the core's decode" + diff(fromNode, decoded));
                }
                if (!java.util.Arrays.equals(fromOrthanc, fromNode)) {
                    disagreements.add(what + ": Orthanc differs from the node" + diff(fromOrthanc, fromNode));
                }
            }
        }
        assertThat(disagreements)
                .as("the node's frames are the core's; Orthanc's differ only where known")
                .satisfiesExactly(
                        // Orthanc 1.10 (DCMTK's RLE decoder) gets 16-bit RGB RLE wrong: its first pixel comes out
                        // 0x0000, 0xFF00, 0x00FF where pydicom, the DICOM core and the node read red (65535, 0, 0).
                        rle -> assertThat(rle)
                                .startsWith("SC_rgb_rle_16bit.dcm frame 1: Orthanc differs from the node")
                                .contains("starting 000000ffff000000 against ffff00000000ffff"),
                        // Lossy JPEG (12-bit extended): two decoders may round the inverse DCT differently (the
                        // standard bounds the error, not the bytes); off by one at most.
                        jpeg -> assertThat(jpeg)
                                .startsWith("JPEG-lossy.dcm frame 1: Orthanc differs from the node")
                                .contains("largest byte difference 1;"));
    }

    static String diff(byte[] a, byte[] b) {
        if (a == null || b == null) {
            return " (" + (a == null ? "first" : "second") + " failed)";
        }
        if (a.length != b.length) {
            return " (" + a.length + " bytes against " + b.length + ")";
        }
        int count = 0;
        int max = 0;
        int first = -1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                count++;
                max = Math.max(max, Math.abs((a[i] & 0xFF) - (b[i] & 0xFF)));
                first = first < 0 ? i : first;
            }
        }
        return " (" + count + " of " + a.length + " bytes, first at " + first + ", largest byte difference " + max
                + "; starting " + java.util.HexFormat.of().formatHex(a, 0, Math.min(8, a.length)) + " against "
                + java.util.HexFormat.of().formatHex(b, 0, Math.min(8, b.length)) + ")";
    }

    static byte[] frame(HttpDicomWebClient client, DicomFile f, int number, String transferSyntax) {
        try {
            List<Frame> frames = client.frames(
                            f.dataset().getString(Tags.StudyInstanceUID),
                            f.dataset().getString(Tags.SeriesInstanceUID),
                            f.dataset().getString(Tags.SOPInstanceUID),
                            List.of(number),
                            transferSyntax)
                    .get(20, TimeUnit.SECONDS);
            return frames.get(0).data();
        } catch (Exception e) {
            System.err.println("frame " + number + " of " + f.file().getFileName() + ": " + e);
            return null;
        }
    }

    /**
     * Frame {@code index} as explicit VR little endian native samples (PS3.5 8.1.1): a native file's samples as
     * stored (big endian ones swapped, a planar frame still planar), a compressed one as the core decodes it.
     */
    static byte[] nativeLittleEndian(DicomFile f, int index) {
        PixelDataAccess pixels = PixelDataAccess.of(f);
        int bits = f.dataset().getInt(Tags.BitsAllocated, 0);
        if (!pixels.encapsulated() && bits != 1) {
            byte[] b = pixels.frameBytes(index);
            return pixels.byteOrder() == ByteOrder.BIG_ENDIAN ? ValueCodec.swap(b, bits / 8) : b;
        }
        DecodedFrame d = DicomImage.of(f).frame(index);
        if (f.dataset().getInt(Tags.BitsAllocated, 0) == 1) {
            byte[] packed = new byte[(d.bytes().length + 7) / 8];
            for (int i = 0; i < d.bytes().length; i++) {
                packed[i >> 3] |= (byte) (d.bytes()[i] != 0 ? 1 << (i & 7) : 0);
            }
            return packed;
        }
        if (d.bytes() != null) {
            return d.bytes();
        }
        ByteBuffer out = ByteBuffer.allocate(d.shorts() != null ? d.shorts().length * 2 : d.ints().length * 4)
                .order(ByteOrder.LITTLE_ENDIAN);
        if (d.shorts() != null) {
            out.asShortBuffer().put(d.shorts());
        } else {
            out.asIntBuffer().put(d.ints());
        }
        return out.array();
    }

    @Test
    void ohifsFrameRequestGetsTheStoredBytesFromTheNode() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (Map.Entry<String, Path> e : stored.entrySet()) {
            DicomFile f = DicomReader.read(e.getValue());
            URI uri = URI.create(NodeDicomWebTest.dicomWeb(node) + "/studies/"
                    + f.dataset().getString(Tags.StudyInstanceUID) + "/series/"
                    + f.dataset().getString(Tags.SeriesInstanceUID) + "/instances/"
                    + f.dataset().getString(Tags.SOPInstanceUID) + "/frames/1");
            HttpResponse<byte[]> r = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Accept", OHIF_FRAMES_ACCEPT)
                            .header("Authorization", "Bearer " + admin.accessToken())
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(200);
            List<MultipartRelated.Part> parts = new ArrayList<>();
            MultipartRelated.read(
                    r.headers().firstValue("Content-Type").orElseThrow(),
                    new ByteArrayInputStream(r.body()),
                    parts::add);
            assertThat(parts).as(e.getKey()).hasSize(1);
            assertThat(parts.get(0).contentType())
                    .as(e.getKey())
                    .contains("transfer-syntax=" + f.transferSyntax().uid());
            assertThat(parts.get(0).body())
                    .as(e.getKey())
                    .isEqualTo(PixelDataAccess.of(f).frameBytes(0));
        }
    }
}

package eu.eucaim.workstation.client.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.QidoQuery;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.io.DicomReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 1, QIDO-RS and WADO-RS (series metadata, frames) against a real Orthanc loaded with pydicom's sample files (Debian's python3-pydicom): what
 * the client finds is what was stored, by patient name with wildcards, modality, study date range, paging and
 * includefield, down to series and instances.
 */
class OrthancDicomWebTest {
    static final Path FILES = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");
    static final List<String> SAMPLES = List.of("CT_small.dcm", "MR_small.dcm", "JPEG2000.dcm", "rtdose.dcm");

    @TempDir
    static Path dir;

    static OrthancServer orthanc;
    static HttpDicomWebClient client;

    @BeforeAll
    static void startOrthanc() throws Exception {
        orthanc = OrthancServer.start(dir);
        for (String name : SAMPLES) {
            orthanc.store(FILES.resolve(name));
        }
        client = new HttpDicomWebClient(ClientConfig.of(orthanc.dicomWeb()), null);
    }

    @AfterAll
    static void stopOrthanc() {
        if (orthanc != null) {
            orthanc.close();
        }
    }

    private static DicomFile stored(String name) throws Exception {
        return DicomReader.read(FILES.resolve(name));
    }

    private static List<DicomAttributes> studies(QidoQuery q) throws Exception {
        return client.studies(q).get(20, TimeUnit.SECONDS);
    }

    private static List<String> studyUids(List<DicomAttributes> results) {
        return results.stream().map(r -> r.string("0020000D").orElseThrow()).toList();
    }

    @Test
    void everyStoredStudyIsFoundWithItsPatient() throws Exception {
        List<DicomAttributes> all = studies(QidoQuery.all());
        for (String name : SAMPLES) {
            DicomFile f = stored(name);
            String uid = f.dataset().getString(0x0020000D);
            assertThat(studyUids(all)).as(name).contains(uid);
            DicomAttributes study = all.stream()
                    .filter(r -> uid.equals(r.string("0020000D").orElse(null)))
                    .findFirst()
                    .orElseThrow();
            assertThat(study.string("00100020"))
                    .as(name)
                    .isEqualTo(java.util.Optional.ofNullable(f.dataset().getString(0x00100020))
                            .filter(s -> !s.isEmpty()));
        }
    }

    @Test
    void patientNameWithAWildcardModalityAndDateRangeNarrowTheSearch() throws Exception {
        String ct = stored("CT_small.dcm").dataset().getString(0x0020000D);
        String mr = stored("MR_small.dcm").dataset().getString(0x0020000D);
        assertThat(studyUids(studies(QidoQuery.all().where("PatientName", "*CT1"))))
                .containsExactly(ct);
        assertThat(studyUids(studies(QidoQuery.all().where("ModalitiesInStudy", "MR"))))
                .contains(mr)
                .doesNotContain(ct);
        String ctDate = stored("CT_small.dcm").dataset().getString(0x00080020);
        assertThat(studyUids(studies(QidoQuery.all().where("StudyDate", ctDate + "-" + ctDate))))
                .contains(ct);
        assertThat(studies(QidoQuery.all().where("PatientName", "NOBODY^HERE*")))
                .isEmpty();
    }

    @Test
    void limitAndOffsetPageTheResultsAndIncludefieldAddsAttributes() throws Exception {
        List<String> all = studyUids(studies(QidoQuery.all()));
        List<String> first = studyUids(studies(QidoQuery.all().page(1, 0)));
        List<String> second = studyUids(studies(QidoQuery.all().page(1, 1)));
        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
        assertThat(all).containsAll(first).containsAll(second);

        List<DicomAttributes> described =
                studies(QidoQuery.all().where("PatientName", "*CT1").including("00081030"));
        assertThat(described.get(0).json().has("00081030")).isTrue();
        assertThat(studies(QidoQuery.all().where("PatientName", "*CT1"))
                        .get(0)
                        .json()
                        .has("00081030"))
                .as("not a default attribute: there only when asked for")
                .isFalse();
    }

    @Test
    void seriesAndInstancesOfAStudyAreThoseStored() throws Exception {
        DicomFile f = stored("CT_small.dcm");
        String study = f.dataset().getString(0x0020000D);
        String series = f.dataset().getString(0x0020000E);
        List<DicomAttributes> s = client.series(study, QidoQuery.all()).get(20, TimeUnit.SECONDS);
        assertThat(s).extracting(r -> r.string("0020000E").orElseThrow()).containsExactly(series);
        assertThat(s.get(0).string("00080060")).contains("CT");
        List<DicomAttributes> i =
                client.instances(study, series, QidoQuery.all()).get(20, TimeUnit.SECONDS);
        assertThat(i)
                .extracting(r -> r.string("00080018").orElseThrow())
                .containsExactly(f.dataset().getString(0x00080018));
    }

    @Test
    void seriesMetadataHoldsEveryInstanceOfTheSeries() throws Exception {
        DicomFile f = stored("MR_small.dcm");
        List<DicomAttributes> metadata = client.seriesMetadata(
                        f.dataset().getString(0x0020000D), f.dataset().getString(0x0020000E))
                .get(20, TimeUnit.SECONDS);
        assertThat(metadata)
                .extracting(m -> m.string("00080018").orElseThrow())
                .containsExactly(f.dataset().getString(0x00080018));
        assertThat(metadata.get(0).string("00280010")).contains(f.dataset().getString(0x00280010));
    }

    /** Where (7FE0,0010) OW's value starts in an explicit VR little endian file (its 12-byte header before it). */
    private static int pixelValueOffset(byte[] file) {
        for (int i = 132; i + 12 <= file.length; i++) {
            if (file[i] == (byte) 0xE0
                    && file[i + 1] == 0x7F
                    && file[i + 2] == 0x10
                    && file[i + 3] == 0
                    && file[i + 4] == 'O'
                    && file[i + 5] == 'W') {
                return i + 12;
            }
        }
        throw new AssertionError("no (7FE0,0010) OW in the file");
    }

    /** Explicit VR little endian frames are the stored pixels, byte for byte . */
    @Test
    void aNativeFrameIsTheStoredPixelsAndAStoredJpeg2000FrameComesAsStored() throws Exception {
        DicomFile ct = stored("CT_small.dcm");
        List<eu.eucaim.workstation.api.dicomweb.Frame> frames = client.frames(
                        ct.dataset().getString(0x0020000D),
                        ct.dataset().getString(0x0020000E),
                        ct.dataset().getString(0x00080018),
                        List.of(1),
                        "1.2.840.10008.1.2.1")
                .get(20, TimeUnit.SECONDS);
        byte[] file = java.nio.file.Files.readAllBytes(FILES.resolve("CT_small.dcm"));
        int size = 128 * 128 * 2;
        int pixels = pixelValueOffset(file);
        assertThat(frames).hasSize(1);
        assertThat(frames.get(0).data()).isEqualTo(java.util.Arrays.copyOfRange(file, pixels, pixels + size));

        DicomFile j2k = stored("JPEG2000.dcm");
        List<eu.eucaim.workstation.api.dicomweb.Frame> stored = client.frames(
                        j2k.dataset().getString(0x0020000D),
                        j2k.dataset().getString(0x0020000E),
                        j2k.dataset().getString(0x00080018),
                        List.of(1),
                        "*")
                .get(20, TimeUnit.SECONDS);
        assertThat(stored.get(0).contentType()).contains("1.2.840.10008.1.2.4.9");
        assertThat(stored.get(0).data()).startsWith((byte) 0xFF, (byte) 0x4F, (byte) 0xFF, (byte) 0x51);
    }

    @Test
    void anInstanceIsWrittenWholeAsStored() throws Exception {
        DicomFile mr = stored("MR_small.dcm");
        Path target = dir.resolve("copies").resolve("mr.dcm");
        client.instance(
                        mr.dataset().getString(0x0020000D),
                        mr.dataset().getString(0x0020000E),
                        mr.dataset().getString(0x00080018),
                        target)
                .get(20, TimeUnit.SECONDS);
        assertThat(target).hasSameBinaryContentAs(FILES.resolve("MR_small.dcm"));
        try (var files = java.nio.file.Files.list(target.getParent())) {
            assertThat(files).containsExactly(target); // no temp file left
        }
    }
}

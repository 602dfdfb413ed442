package eu.eucaim.workstation.client.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.QidoQuery;
import eu.eucaim.workstation.api.dicomweb.RenderedImage;
import eu.eucaim.workstation.api.dicomweb.Rendering;
import eu.eucaim.workstation.api.dicomweb.StowResult;
import eu.eucaim.workstation.dicom.DicomFile;
import eu.eucaim.workstation.dicom.io.DicomReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 1, the DICOMweb client against a real server (one subclass per server: {@link OrthancDicomWebTest},
 * {@link NodeDicomWebTest}), loaded with {@link #SAMPLES} from pydicom's test files (Debian's python3-pydicom):
 * QIDO-RS finds what was stored, by patient name with wildcards, modality, study date range, paging and
 * includefield, down to series and instances; series metadata, frames, whole instances, rendered images and
 * thumbnails come back as stored; files stored by STOW-RS are then found, and a part that is not DICOM is reported.
 * Where the servers legitimately differ, the subclass says so in a hook with its reason.
 */
abstract class DicomWebClientContract {
    static final Path FILES = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");
    /**
     * Each of its own SOP Instance: a server keeps the first instance of a UID, so MR_small.dcm and JPEG2000.dcm
     * (one UID, different pixels) cannot both be stored; 693_J2KI.dcm is the JPEG 2000 one.
     */
    static final List<String> SAMPLES = List.of("CT_small.dcm", "MR_small.dcm", "693_J2KI.dcm", "rtdose.dcm");

    /** The client of the server, as a user who may read what {@link #SAMPLES} stored and store more. */
    abstract HttpDicomWebClient client();

    /** A folder of the test's own for files the client writes. */
    abstract Path scratch();

    /** The server's root URL (for the requests the client would not send as they are). */
    abstract java.net.URI root();

    /** The Authorization header the client sends, or null. */
    abstract String authorization();

    /**
     * Whether the server has WADO-RS thumbnail resources (PS3.18 8.3.5.1.3); without them the client renders the
     * object instead, and the thumbnail test checks that fallback.
     */
    abstract boolean hasThumbnailResources();

    /** Whether a rendered image is fitted into {@code viewport=w,h} keeping its aspect, or stretched to fill it. */
    abstract boolean keepsAspectInViewport();

    List<DicomAttributes> studies(QidoQuery q) throws Exception {
        return client().studies(q).get(20, TimeUnit.SECONDS);
    }

    static List<String> studyUids(List<DicomAttributes> results) {
        return results.stream().map(r -> r.string("0020000D").orElseThrow()).toList();
    }

    @Test
    void everyStoredStudyIsFoundWithItsPatient() throws Exception {
        List<DicomAttributes> all = studies(QidoQuery.all());
        for (String name : SAMPLES) {
            DicomFile f = read(name);
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
        String ct = read("CT_small.dcm").dataset().getString(0x0020000D);
        String mr = read("MR_small.dcm").dataset().getString(0x0020000D);
        assertThat(studyUids(studies(QidoQuery.all().where("PatientName", "*CT1"))))
                .containsExactly(ct);
        assertThat(studyUids(studies(QidoQuery.all().where("ModalitiesInStudy", "MR"))))
                .contains(mr)
                .doesNotContain(ct);
        String ctDate = read("CT_small.dcm").dataset().getString(0x00080020);
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
        DicomFile f = read("CT_small.dcm");
        String study = f.dataset().getString(0x0020000D);
        String series = f.dataset().getString(0x0020000E);
        List<DicomAttributes> s = client().series(study, QidoQuery.all()).get(20, TimeUnit.SECONDS);
        assertThat(s).extracting(r -> r.string("0020000E").orElseThrow()).containsExactly(series);
        assertThat(s.get(0).string("00080060")).contains("CT");
        List<DicomAttributes> i =
                client().instances(study, series, QidoQuery.all()).get(20, TimeUnit.SECONDS);
        assertThat(i)
                .extracting(r -> r.string("00080018").orElseThrow())
                .containsExactly(f.dataset().getString(0x00080018));
    }

    @Test
    void seriesMetadataHoldsEveryInstanceOfTheSeries() throws Exception {
        DicomFile f = read("MR_small.dcm");
        List<DicomAttributes> metadata = client().seriesMetadata(
                        f.dataset().getString(0x0020000D), f.dataset().getString(0x0020000E))
                .get(20, TimeUnit.SECONDS);
        assertThat(metadata)
                .extracting(m -> m.string("00080018").orElseThrow())
                .containsExactly(f.dataset().getString(0x00080018));
        assertThat(metadata.get(0).string("00280010")).contains(f.dataset().getString(0x00280010));
    }

    /** Where (7FE0,0010) OW's value starts in an explicit VR little endian file (its 12-byte header before it). */
    static int pixelValueOffset(byte[] file) {
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

    /** Frame 1 of the instance {@code f} in {@code transferSyntax} ("*": as stored). */
    List<eu.eucaim.workstation.api.dicomweb.Frame> firstFrame(DicomFile f, String transferSyntax) throws Exception {
        return client().frames(uid(f, 0x0020000D), uid(f, 0x0020000E), uid(f, 0x00080018), List.of(1), transferSyntax)
                .get(20, TimeUnit.SECONDS);
    }

    /** Explicit VR little endian frames are the stored pixels, byte for byte. */
    @Test
    void aNativeFrameIsTheStoredPixelsAndAStoredJpeg2000FrameComesAsStored() throws Exception {
        DicomFile ct = read("CT_small.dcm");
        List<eu.eucaim.workstation.api.dicomweb.Frame> frames = firstFrame(ct, "1.2.840.10008.1.2.1");
        byte[] file = java.nio.file.Files.readAllBytes(FILES.resolve("CT_small.dcm"));
        int size = 128 * 128 * 2;
        int pixels = pixelValueOffset(file);
        assertThat(frames).hasSize(1);
        assertThat(frames.get(0).data()).isEqualTo(java.util.Arrays.copyOfRange(file, pixels, pixels + size));

        DicomFile j2k = read("693_J2KI.dcm");
        List<eu.eucaim.workstation.api.dicomweb.Frame> stored = firstFrame(j2k, "*");
        assertThat(stored.get(0).contentType()).contains("1.2.840.10008.1.2.4.9");
        assertThat(stored.get(0).data()).startsWith((byte) 0xFF, (byte) 0x4F, (byte) 0xFF, (byte) 0x51);
    }

    @Test
    void anInstanceIsWrittenWholeAsStored() throws Exception {
        DicomFile mr = read("MR_small.dcm");
        Path target = scratch().resolve("copies").resolve("mr.dcm");
        client().instance(
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

    @Test
    void anInstanceComesIntoMemoryWholeAsStored() throws Exception {
        DicomFile j2k = read("693_J2KI.dcm");
        byte[] got = client().instanceBytes(uid(j2k, 0x0020000D), uid(j2k, 0x0020000E), uid(j2k, 0x00080018))
                .get(20, TimeUnit.SECONDS);
        assertThat(got).isEqualTo(java.nio.file.Files.readAllBytes(FILES.resolve("693_J2KI.dcm")));
        // One the server does not have is its 404, not an empty instance.
        assertThatThrownBy(() -> client().instanceBytes(uid(j2k, 0x0020000D), uid(j2k, 0x0020000E), "2.25.404")
                        .get(20, TimeUnit.SECONDS))
                .hasCauseInstanceOf(eu.eucaim.workstation.api.error.ServiceErrorException.class);
    }

    @Test
    void aWholeSeriesComesInstanceByInstanceIntoMemoryOrFilesAsStored() throws Exception {
        DicomFile mr = read("MR_small.dcm");
        byte[] stored = java.nio.file.Files.readAllBytes(FILES.resolve("MR_small.dcm"));
        Path folder = scratch().resolve("series-parts");
        for (boolean memory : new boolean[] {false, true}) {
            List<eu.eucaim.workstation.api.dicomweb.ArrivedInstance> got = new java.util.ArrayList<>();
            List<Long> asked = new java.util.ArrayList<>();
            int n = client().seriesInstances(
                            uid(mr, 0x0020000D),
                            uid(mr, 0x0020000E),
                            folder,
                            length -> {
                                asked.add(length);
                                return memory;
                            },
                            got::add)
                    .get(20, TimeUnit.SECONDS);
            assertThat(n).isEqualTo(1);
            assertThat(asked).as("asked once, with the part's length").containsExactly((long) stored.length);
            assertThat(got).singleElement().satisfies(part -> {
                assertThat(part.isInMemory()).as("in memory: %s", memory).isEqualTo(memory);
                assertThat(part.readAllBytes()).isEqualTo(stored);
            });
            if (!memory) {
                java.nio.file.Files.delete(got.get(0).file()); // the sink takes the file
            }
        }
        // A sink that stops the reply fails it, and no part is left behind.
        assertThatThrownBy(() -> client().seriesInstances(
                                uid(mr, 0x0020000D), uid(mr, 0x0020000E), folder, length -> false, part -> {
                                    throw new java.io.IOException("stopped");
                                })
                        .get(20, TimeUnit.SECONDS))
                .hasMessageContaining("stopped");
        try (var left = java.nio.file.Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    static String uid(DicomFile f, int tag) {
        return f.dataset().getString(tag);
    }

    static BufferedImage decode(RenderedImage image) throws Exception {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.data()));
        assertThat(decoded).as("an image ImageIO reads (%s)", image.mediaType()).isNotNull();
        return decoded;
    }

    @Test
    void aRenderedInstanceOrFrameDecodesToItsSizeOrTheViewportAsked() throws Exception {
        String study = uid(read("CT_small.dcm"), 0x0020000D);
        String series = uid(read("CT_small.dcm"), 0x0020000E);
        String instance = uid(read("CT_small.dcm"), 0x00080018);
        RenderedImage png = client().rendered(study, series, instance, null, Rendering.png())
                .get(20, TimeUnit.SECONDS);
        assertThat(png.mediaType()).isEqualTo("image/png");
        BufferedImage whole = decode(png);
        assertThat(List.of(whole.getWidth(), whole.getHeight())).containsExactly(128, 128);

        RenderedImage jpeg = client().rendered(
                        study, series, instance, 1, Rendering.jpeg().withViewport(64, 32))
                .get(20, TimeUnit.SECONDS);
        assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
        BufferedImage small = decode(jpeg);
        // 128 x 128 into 64 x 32: 32 x 32 when the aspect is kept (PS3.18 8.3.5.1.3), else stretched to 64 x 32
        assertThat(List.of(small.getWidth(), small.getHeight()))
                .containsExactlyElementsOf(keepsAspectInViewport() ? List.of(32, 32) : List.of(64, 32));

        // a narrow window saturates what the image's own window shows in grey: the parameter reached the server
        RenderedImage windowed = client().rendered(
                        study, series, instance, 1, Rendering.png().withWindow(40, 80))
                .get(20, TimeUnit.SECONDS);
        assertThat(decode(windowed).getWidth()).isEqualTo(128);
        assertThat(windowed.data()).isNotEqualTo(png.data());
    }

    @Test
    void aThumbnailHasTheViewportAskedFromTheResourceOrRenderedWhereThereIsNone() throws Exception {
        DicomFile ct = read("CT_small.dcm");
        java.net.http.HttpRequest.Builder direct = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                root() + "/studies/" + uid(ct, 0x0020000D) + "/series/" + uid(ct, 0x0020000E) + "/thumbnail"));
        if (authorization() != null) {
            direct.header("Authorization", authorization());
        }
        int status = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build()
                .send(direct.build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
        assertThat(status).as("the thumbnail resource").isEqualTo(hasThumbnailResources() ? 200 : 404);

        RenderedImage series = client().thumbnail(
                        uid(read("CT_small.dcm"), 0x0020000D),
                        uid(read("CT_small.dcm"), 0x0020000E),
                        null,
                        Rendering.jpeg().withViewport(32, 32))
                .get(20, TimeUnit.SECONDS);
        BufferedImage image = decode(series);
        assertThat(List.of(image.getWidth(), image.getHeight())).containsExactly(32, 32);
        RenderedImage study = client().thumbnail(uid(read("CT_small.dcm"), 0x0020000D), null, null, Rendering.png())
                .get(20, TimeUnit.SECONDS);
        assertThat(decode(study).getWidth()).isEqualTo(128);
    }

    @Test
    void filesStoredByStowAreFoundByQidoAndTheProgressReachesTheTotal() throws Exception {
        List<String> names = List.of("SC_rgb_small_odd.dcm", "ExplVR_BigEnd.dcm", "image_dfl.dcm");
        List<Path> files = names.stream().map(FILES::resolve).toList();
        List<long[]> progress = new CopyOnWriteArrayList<>();
        StowResult result = client().store(files, (sent, total) -> progress.add(new long[] {sent, total}))
                .get(30, TimeUnit.SECONDS);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.complete()).isTrue();
        List<String> sent = names.stream().map(n -> uid(read(n), 0x00080018)).toList();
        assertThat(result.stored())
                .extracting(StowResult.StoredInstance::sopInstanceUid)
                .containsExactlyInAnyOrderElementsOf(sent);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        long[] last = progress.get(progress.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]).isGreaterThan(bytes);

        for (String name : names) {
            DicomFile f = read(name);
            List<DicomAttributes> found = client().instances(uid(f, 0x0020000D), uid(f, 0x0020000E), QidoQuery.all())
                    .get(20, TimeUnit.SECONDS);
            assertThat(found)
                    .extracting(a -> a.string("00080018").orElseThrow())
                    .contains(uid(f, 0x00080018));
        }
    }

    @Test
    void aPartThatIsNotDicomIsReportedNotStored() throws Exception {
        Path junk = scratch().resolve("notes.dcm");
        Files.writeString(junk, "not a DICOM file, only words".repeat(20));
        StowResult result = client().store(List.of(FILES.resolve("CT_small.dcm"), junk), null)
                .get(30, TimeUnit.SECONDS);
        assertThat(result.complete()).isFalse();
        assertThat(result.stored())
                .extracting(StowResult.StoredInstance::sopInstanceUid)
                .containsExactly(uid(read("CT_small.dcm"), 0x00080018));
        assertThat(result.failed().size() + result.unaccounted()).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeReadFailsTheFutureNamingIt() {
        Path missing = scratch().resolve("gone.dcm");
        assertThat(client().store(List.of(missing), null))
                .failsWithin(5, TimeUnit.SECONDS)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withMessageContaining("gone.dcm");
    }

    static DicomFile read(String name) {
        try {
            return DicomReader.read(FILES.resolve(name));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the sample " + name, e);
        }
    }
}

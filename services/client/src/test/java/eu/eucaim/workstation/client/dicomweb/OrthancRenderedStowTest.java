package eu.eucaim.workstation.client.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.QidoQuery;
import eu.eucaim.workstation.api.dicomweb.RenderedImage;
import eu.eucaim.workstation.api.dicomweb.Rendering;
import eu.eucaim.workstation.api.dicomweb.StowResult;
import eu.eucaim.workstation.client.ClientConfig;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 1, WADO-RS rendered and thumbnail and STOW-RS, against a real Orthanc (Debian's plugin 1.7):
 * rendered images decode to the size asked; the plugin has no thumbnail resource (404), so thumbnails are rendered
 * instead; files stored by STOW-RS are then found by QIDO-RS, and a part that is not DICOM is reported.
 */
class OrthancRenderedStowTest {
    static final Path FILES = OrthancDicomWebTest.FILES;

    @TempDir
    static Path dir;

    static OrthancServer orthanc;
    static HttpDicomWebClient client;
    static DicomFile ct;

    @BeforeAll
    static void startOrthanc() throws Exception {
        orthanc = OrthancServer.start(dir);
        orthanc.store(FILES.resolve("CT_small.dcm"));
        client = new HttpDicomWebClient(ClientConfig.of(orthanc.dicomWeb()), null);
        ct = DicomReader.read(FILES.resolve("CT_small.dcm"));
    }

    @AfterAll
    static void stopOrthanc() {
        if (orthanc != null) {
            orthanc.close();
        }
    }

    private static String uid(DicomFile f, int tag) {
        return f.dataset().getString(tag);
    }

    private static BufferedImage decode(RenderedImage image) throws Exception {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.data()));
        assertThat(decoded).as("an image ImageIO reads (%s)", image.mediaType()).isNotNull();
        return decoded;
    }

    @Test
    void aRenderedInstanceOrFrameDecodesToItsSizeOrTheViewportAsked() throws Exception {
        String study = uid(ct, 0x0020000D);
        String series = uid(ct, 0x0020000E);
        String instance = uid(ct, 0x00080018);
        RenderedImage png =
                client.rendered(study, series, instance, null, Rendering.png()).get(20, TimeUnit.SECONDS);
        assertThat(png.mediaType()).isEqualTo("image/png");
        BufferedImage whole = decode(png);
        assertThat(List.of(whole.getWidth(), whole.getHeight())).containsExactly(128, 128);

        RenderedImage jpeg = client.rendered(
                        study, series, instance, 1, Rendering.jpeg().withViewport(64, 32))
                .get(20, TimeUnit.SECONDS);
        assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
        BufferedImage small = decode(jpeg);
        assertThat(List.of(small.getWidth(), small.getHeight())).containsExactly(64, 32);

        // a narrow window saturates what the image's own window shows in grey: the parameter reached the server
        RenderedImage windowed = client.rendered(
                        study, series, instance, 1, Rendering.png().withWindow(40, 80))
                .get(20, TimeUnit.SECONDS);
        assertThat(decode(windowed).getWidth()).isEqualTo(128);
        assertThat(windowed.data()).isNotEqualTo(png.data());
    }

    @Test
    void aThumbnailIsRenderedWhereTheServerHasNoThumbnailResource() throws Exception {
        RenderedImage series = client.thumbnail(
                        uid(ct, 0x0020000D),
                        uid(ct, 0x0020000E),
                        null,
                        Rendering.jpeg().withViewport(32, 32))
                .get(20, TimeUnit.SECONDS);
        BufferedImage image = decode(series);
        assertThat(List.of(image.getWidth(), image.getHeight())).containsExactly(32, 32);
        RenderedImage study = client.thumbnail(uid(ct, 0x0020000D), null, null, Rendering.png())
                .get(20, TimeUnit.SECONDS);
        assertThat(decode(study).getWidth()).isEqualTo(128);
    }

    @Test
    void filesStoredByStowAreFoundByQidoAndTheProgressReachesTheTotal() throws Exception {
        List<String> names = List.of("MR_small.dcm", "rtdose.dcm", "JPEG2000.dcm");
        List<Path> files = names.stream().map(FILES::resolve).toList();
        List<long[]> progress = new CopyOnWriteArrayList<>();
        StowResult result = client.store(files, (sent, total) -> progress.add(new long[] {sent, total}))
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
            List<DicomAttributes> found = client.instances(uid(f, 0x0020000D), uid(f, 0x0020000E), QidoQuery.all())
                    .get(20, TimeUnit.SECONDS);
            assertThat(found)
                    .extracting(a -> a.string("00080018").orElseThrow())
                    .contains(uid(f, 0x00080018));
        }
    }

    @Test
    void aPartThatIsNotDicomIsReportedNotStored() throws Exception {
        Path junk = dir.resolve("notes.dcm");
        Files.writeString(junk, "not a DICOM file, only words".repeat(20));
        StowResult result =
                client.store(List.of(FILES.resolve("CT_small.dcm"), junk), null).get(30, TimeUnit.SECONDS);
        assertThat(result.complete()).isFalse();
        assertThat(result.stored())
                .extracting(StowResult.StoredInstance::sopInstanceUid)
                .containsExactly(uid(ct, 0x00080018));
        assertThat(result.failed().size() + result.unaccounted()).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeReadFailsTheFutureNamingIt() {
        Path missing = dir.resolve("gone.dcm");
        assertThat(client.store(List.of(missing), null))
                .failsWithin(5, TimeUnit.SECONDS)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withMessageContaining("gone.dcm");
    }

    private static DicomFile read(String name) {
        try {
            return DicomReader.read(FILES.resolve(name));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the sample " + name, e);
        }
    }
}

package eu.eucaim.workstation.client.dicomweb;

import eu.eucaim.workstation.client.ClientConfig;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client contract against a real Orthanc (Debian's 1.10 with its DICOMweb plugin 1.7), the samples stored
 * through Orthanc's REST API. Where Orthanc differs from the node, each hook below says why: no thumbnail resource,
 * a rendered image stretched to the viewport.
 */
class OrthancDicomWebTest extends DicomWebClientContract {
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

    @Override
    HttpDicomWebClient client() {
        return client;
    }

    @Override
    Path scratch() {
        return dir;
    }

    @Override
    URI root() {
        return orthanc.dicomWeb();
    }

    @Override
    String authorization() {
        return null;
    }

    /** The plugin 1.7 has none: 404 (thumbnails came in later versions of the plugin). */
    @Override
    boolean hasThumbnailResources() {
        return false;
    }

    /**
     * The plugin 1.7 stretches the image to the viewport's width and height; PS3.18 8.3.5.1.3 scales the image
     * into the viewport, keeping its aspect, as the node does (docs/dicomweb.md).
     */
    @Override
    boolean keepsAspectInViewport() {
        return false;
    }
}

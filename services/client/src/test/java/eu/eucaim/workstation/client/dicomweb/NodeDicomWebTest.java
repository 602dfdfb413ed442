package eu.eucaim.workstation.client.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.dicomweb.StowResult;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client contract against a real node on loopback with no demo images: the samples are stored over STOW-RS by
 * the client itself, signed in as the demo steward, and read back as the same user (a study stored by STOW-RS is
 * unpublished, visible to its uploader). The node has thumbnail resources.
 */
class NodeDicomWebTest extends DicomWebClientContract {
    @TempDir
    static Path dir;

    static EucaimNode node;
    static AccessTokenSource steward;
    static HttpDicomWebClient client;

    @BeforeAll
    static void startNode() throws Exception {
        node = startedNode(dir.resolve("node"));
        steward = RealSignIn.as(node.baseUri(), "steward");
        client = new HttpDicomWebClient(ClientConfig.of(dicomWeb(node)), steward);
        StowResult stored = client.store(SAMPLES.stream().map(FILES::resolve).toList(), null)
                .get(60, TimeUnit.SECONDS);
        assertThat(stored.complete()).as("the samples stored: %s", stored).isTrue();
    }

    /** A node with a small catalogue and no demo images, ready for sign-ins and STOW-RS. */
    static EucaimNode startedNode(Path data) throws Exception {
        System.setProperty("eucaim.auth.pbkdf2.iterations", "10000");
        EucaimNode n = EucaimNode.start(
                NodeConfig.defaults(data, 16).withDatasetCount(3).withDemoImageDatasets(0));
        try {
            n.demoDataComplete().get(60, TimeUnit.SECONDS);
            n.demoImagesPublished().get(60, TimeUnit.SECONDS); // until then DICOMweb answers 503
            return n;
        } catch (Exception | Error e) {
            n.close();
            throw e;
        }
    }

    static URI dicomWeb(EucaimNode n) {
        return URI.create(n.baseUri() + "/dicom-web");
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
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
        return dicomWeb(node);
    }

    @Override
    String authorization() {
        return "Bearer " + steward.accessToken();
    }

    @Override
    boolean hasThumbnailResources() {
        return true;
    }

    @Override
    boolean keepsAspectInViewport() {
        return true;
    }
}

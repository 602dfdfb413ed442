package eu.eucaim.workstation.client.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.dicomweb.QidoQuery;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.client.ClientConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 item 1, "bearer or basic auth": an Orthanc with a user, asked with and without the right password. */
class OrthancBasicAuthTest {
    @TempDir
    static Path dir;

    static OrthancServer orthanc;

    @BeforeAll
    static void startOrthanc() throws Exception {
        orthanc = OrthancServer.start(dir, "alice", "s3cret-Ł");
        orthanc.store(DicomWebClientContract.FILES.resolve("CT_small.dcm"));
    }

    @AfterAll
    static void stopOrthanc() {
        if (orthanc != null) {
            orthanc.close();
        }
    }

    @Test
    void theRightPasswordFindsTheStudyAndNoneOrAWrongOneIsRefused() throws Exception {
        ClientConfig config = ClientConfig.of(orthanc.dicomWeb());
        assertThat(HttpDicomWebClient.withBasicAuth(config, "alice", "s3cret-Ł")
                        .studies(QidoQuery.all())
                        .get(20, TimeUnit.SECONDS))
                .hasSize(1);
        for (HttpDicomWebClient refused : new HttpDicomWebClient[] {
            new HttpDicomWebClient(config, null), HttpDicomWebClient.withBasicAuth(config, "alice", "wrong")
        }) {
            assertThatThrownBy(() -> refused.studies(QidoQuery.all()).get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(ServiceErrorException.class)
                    .satisfies(e ->
                            assertThat(((ServiceErrorException) e).status()).isEqualTo(401));
        }
    }

    @Test
    void aPasswordIsNotSentInClearTextToAnotherMachine() {
        assertThatThrownBy(() -> HttpDicomWebClient.withBasicAuth(
                        ClientConfig.of(URI.create("http://pacs.example.org/dicom-web")), "alice", "secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "A password is sent only over https (or to this machine), not to http://pacs.example.org/dicom-web");
        assertThat(HttpDicomWebClient.withBasicAuth(
                        ClientConfig.of(URI.create("https://pacs.example.org/dicom-web")), "alice", "secret"))
                .isNotNull();
    }
}

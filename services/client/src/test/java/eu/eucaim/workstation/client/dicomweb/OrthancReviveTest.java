package eu.eucaim.workstation.client.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.dicomweb.QidoQuery;
import eu.eucaim.workstation.client.ClientConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests' Orthanc, killed as its GDCM plugin's crash kills it, runs again on the same port with what it stored. */
class OrthancReviveTest {
    @TempDir
    Path dir;

    @Test
    void aDeadOrthancRunsAgainWithItsStudiesAndALiveOneIsLeftAlone() throws Exception {
        try (OrthancServer orthanc = OrthancServer.start(Files.createDirectories(dir.resolve("orthanc")))) {
            orthanc.store(DicomWebClientContract.FILES.resolve("MR_small.dcm"));
            HttpDicomWebClient client = new HttpDicomWebClient(ClientConfig.of(orthanc.dicomWeb()), null);
            assertThat(orthanc.revive()).as("alive: nothing to do").isFalse();
            orthanc.crash();
            assertThat(orthanc.revive()).isTrue();
            assertThat(client.studies(QidoQuery.all()).get(20, TimeUnit.SECONDS))
                    .hasSize(1);
        }
    }
}

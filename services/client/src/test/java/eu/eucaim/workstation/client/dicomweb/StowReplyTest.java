package eu.eucaim.workstation.client.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.dicomweb.StowResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * STOW-RS replies as servers send them (fixtures: Orthanc 1.7's partial store, and PS3.18 10.5.3's shapes for a
 * partial success and a total failure) become the stored and failed instances with their reasons.
 */
class StowReplyTest {
    private static String fixture(String name) {
        try (InputStream in = StowReplyTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPartialSuccessListsTheStoredAndTheFailedWithTheirReasons() throws Exception {
        StowResult r = StowReply.read(202, fixture("stow-202-failed.json"), 3);
        assertThat(r.status()).isEqualTo(202);
        assertThat(r.retrieveUrl()).isEqualTo("https://pacs.example/dicom-web/studies/1.2.3");
        assertThat(r.stored())
                .extracting(StowResult.StoredInstance::sopInstanceUid)
                .containsExactly("1.2.3.4.5.1");
        assertThat(r.stored().get(0).retrieveUrl()).endsWith("/instances/1.2.3.4.5.1");
        assertThat(r.failed())
                .extracting(f -> f.sopInstanceUid() + " " + f.reason())
                .containsExactly(
                        "1.2.3.4.5.2 data set does not match its SOP class (0xA900)",
                        "1.2.3.4.5.3 transfer syntax not supported (0xC122)");
        assertThat(r.unaccounted()).isZero();
        assertThat(r.complete()).isFalse();
    }

    @Test
    void aTotalFailureIsAResultNotAnError() throws Exception {
        StowResult r = StowReply.read(409, fixture("stow-409-none.json"), 1);
        assertThat(r.stored()).isEmpty();
        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.failureReason()).isEqualTo(0x0110);
            assertThat(f.reason()).isEqualTo("processing failure (0x0110)");
        });
    }

    @Test
    void orthancsAnswerToANonDicomPartLeavesThatPartUnaccounted() throws Exception {
        StowResult r = StowReply.read(400, fixture("stow-orthanc-partial-400.json"), 2);
        assertThat(r.stored()).hasSize(1);
        assertThat(r.failed()).isEmpty();
        assertThat(r.unaccounted()).isEqualTo(1);
        assertThat(r.complete()).isFalse();
    }

    @Test
    void anErrorPageIsNotAStowReplyAndABrokenSuccessIsMalformed() {
        assertThat(read(400, "<html>Bad request</html>")).isNull();
        assertThat(read(500, fixture("stow-202-failed.json"))).isNull();
        assertThat(read(400, "{\"error\":\"x\"}")).isNull();
        assertThatThrownBy(() -> StowReply.read(200, "{\"00080005\":{}}", 1))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("neither stored nor failed");
        assertThatThrownBy(() -> StowReply.read(200, "not json", 1))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not DICOM JSON");
    }

    private static StowResult read(int status, String body) {
        try {
            return StowReply.read(status, body, 1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

package eu.eucaim.workstation.app.negotiation.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.SignInEndedException;
import eu.eucaim.workstation.api.error.ErrorBody;
import eu.eucaim.workstation.api.error.MalformedResponseException;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.api.error.ServiceTimeoutException;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** "The node is away" (wait and send again) against "the node said no" (the action leaves the queue). */
class SendFailureTest {
    private static ServiceErrorException status(int status) {
        return new ServiceErrorException("n", status, new ErrorBody("http_" + status, "said " + status));
    }

    @Test
    void whatMaySucceedLaterIsRetried() {
        assertThat(SendFailure.of(new ServiceUnreachableException("n", new ConnectException("refused"))))
                .isEqualTo(SendFailure.RETRY);
        assertThat(SendFailure.of(new ServiceTimeoutException("n", Duration.ofSeconds(30), null)))
                .isEqualTo(SendFailure.RETRY);
        assertThat(SendFailure.of(new MalformedResponseException("n", "a proxy's login page", null)))
                .as("not the node's answer: with the key, asking again is safe")
                .isEqualTo(SendFailure.RETRY);
        assertThat(SendFailure.of(new AuthException("Nobody is signed in"))).isEqualTo(SendFailure.RETRY);
        assertThat(SendFailure.of(new SignInEndedException("Sign in again", null)))
                .isEqualTo(SendFailure.RETRY);
        for (int s : new int[] {401, 408, 429, 500, 502, 503, 504}) {
            assertThat(SendFailure.of(status(s))).as("HTTP %d", s).isEqualTo(SendFailure.RETRY);
        }
    }

    @Test
    void whatTheNodeRefusesOrWhatCanNeverBeSentLeavesTheQueue() {
        for (int s : new int[] {400, 403, 404, 409, 413, 415, 422}) {
            assertThat(SendFailure.of(status(s))).as("HTTP %d", s).isEqualTo(SendFailure.REFUSED);
        }
        assertThat(SendFailure.of(new UncheckedIOException(new NoSuchFileException("consent.pdf"))))
                .isEqualTo(SendFailure.REFUSED);
    }
}

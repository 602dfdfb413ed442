package eu.eucaim.workstation.app.negotiation.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.error.ErrorBody;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.api.negotiation.NewPost;
import eu.eucaim.workstation.app.fx.UiThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox without a screen or a network: a scripted Negotiator that is down or answers as told, a timer moved by
 * hand, the UI thread and the saving thread being the test's own.
 */
class PendingActionsTest {
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ScriptedNegotiator node = new ScriptedNegotiator();
    private final ManualTimer timer = new ManualTimer();
    private final List<Outcome> outcomes = new ArrayList<>();
    private PendingActionsStore store;
    private PendingActions outbox;

    @BeforeEach
    void open() {
        store = new PendingActionsStore(dir.resolve("outbox"));
        outbox = started();
        outbox.signedInAs("alice@node");
    }

    @AfterEach
    void close() {
        outbox.close();
    }

    private PendingActions started() {
        PendingActions p =
                new PendingActions(store, node, UiThread.sameThread(), UiThread.sameThread(), timer, BACKOFF, CLOCK);
        p.onOutcome(outcomes::add);
        return p;
    }

    @Test
    void anActionWaitsWithItsErrorWhileTheNodeIsDownAndIsSentWithItsOneKeyWhenItAnswers() {
        node.down = true;
        PendingAction accept = outbox.fireOnResource("n-1", "ds-0001", "ACCEPT_ACCESS_CONDITIONS", "Accept");

        assertThat(outbox.pending()).hasSize(1);
        PendingAction waiting = outbox.pending().get(0);
        assertThat(waiting.lastError()).startsWith("Cannot reach http://127.0.0.1:9/api");
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.description()).isEqualTo("Accept");
        assertThat(outbox.waitingProperty().get()).isTrue();
        timer.elapse();
        assertThat(outbox.pending().get(0).attempts()).isEqualTo(2);
        assertThat(outcomes).isEmpty();

        node.down = false;
        timer.elapse();
        assertThat(outbox.pending()).isEmpty();
        assertThat(outbox.waitingProperty().get()).isFalse();
        assertThat(outcomes).singleElement().isInstanceOf(Outcome.Sent.class);
        assertThat(outcomes.get(0).action().key()).isEqualTo(accept.key());
        assertThat(node.said()).containsOnly("fireOnResource n-1 ds-0001 ACCEPT_ACCESS_CONDITIONS");
        assertThat(node.writes).hasSize(3).allSatisfy(c -> assertThat(c.key()).isEqualTo(accept.key()));
        assertThat(timer.scheduled()).isFalse();
    }

    @Test
    void actionsGoOneAtATimeInTheOrderTheyWereQueued() {
        node.down = true;
        outbox.fireOnResource("n-1", "ds-0001", "ACCEPT_ACCESS_CONDITIONS", "Accept");
        outbox.post("n-1", new NewPost("Thanks", "PUBLIC", null), null);
        outbox.fire("n-2", "PAUSE", null);
        assertThat(node.writes).as("the first only, while the node is down").hasSize(1);
        assertThat(outbox.pending())
                .extracting(PendingAction::description)
                .containsExactly("Accept", "Negotiation n-1: message", "Negotiation n-2: PAUSE");

        node.down = false;
        outbox.sendNow();
        assertThat(node.said())
                .containsExactly(
                        "fireOnResource n-1 ds-0001 ACCEPT_ACCESS_CONDITIONS",
                        "fireOnResource n-1 ds-0001 ACCEPT_ACCESS_CONDITIONS",
                        "post n-1 PUBLIC Thanks",
                        "fire n-2 PAUSE");
        assertThat(outcomes)
                .extracting(o -> o.action().description())
                .containsExactly("Accept", "Negotiation n-1: message", "Negotiation n-2: PAUSE");
        assertThat(outbox.pending()).isEmpty();
    }

    @Test
    void aRefusalTakesTheActionOutWithTheNodesSentenceAndTheNextOneGoes() {
        node.failNext(new ServiceErrorException(
                "http://127.0.0.1:9/api",
                409,
                new ErrorBody("http_409", "ACCEPT_ACCESS_CONDITIONS does not apply to ds-0001 now")));
        outbox.fireOnResource("n-1", "ds-0001", "ACCEPT_ACCESS_CONDITIONS", "Accept");
        outbox.fire("n-1", "PAUSE", "Pause");

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0)).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused) outcomes.get(0)).message())
                .isEqualTo("ACCEPT_ACCESS_CONDITIONS does not apply to ds-0001 now");
        assertThat(outcomes.get(1)).isInstanceOf(Outcome.Sent.class);
        assertThat(outbox.pending()).isEmpty();
        assertThat(outbox.waitingProperty().get()).isFalse();
        assertThat(timer.waits).as("a refusal is not retried").isEmpty();
    }

    @Test
    void whatTheNodeCannotDoNowIsRetriedNotRefused() {
        for (int status : new int[] {500, 503, 429, 408, 401}) {
            node.failNext(new ServiceErrorException("n", status, new ErrorBody("http_" + status, "not now")));
        }
        outbox.fire("n-1", "PAUSE", null);
        for (int i = 0; i < 5; i++) {
            assertThat(outbox.pending()).hasSize(1);
            timer.elapse();
        }
        assertThat(outcomes).hasSize(1).first().isInstanceOf(Outcome.Sent.class);
        assertThat(timer.waits)
                .as("doubling up to the maximum")
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(8));
    }

    @Test
    void aMessageWithAFileSendsTheCopyOnceThenThePostEvenAfterAFailureBetween() throws Exception {
        Path original = Files.writeString(dir.resolve("consent.txt"), "signed");
        node.holdNext();
        PendingAction message =
                outbox.post("n-1", new NewPost("Here it is", "PUBLIC", null), original, "text/plain", "Consent");
        Files.writeString(original, "changed after queueing");
        node.down = true;
        node.held.complete(null); // the upload went through; the node went away before the post

        assertThat(outbox.pending()).hasSize(1);
        assertThat(((NegotiatorAction.Message) outbox.pending().get(0).action()).fileSent())
                .isTrue();
        node.down = false;
        timer.elapse();

        assertThat(node.said())
                .containsExactly(
                        "attach n-1 consent.txt text/plain signed",
                        "post n-1 PUBLIC Here it is",
                        "post n-1 PUBLIC Here it is");
        assertThat(node.writes.get(0).key()).isEqualTo(message.key().step("attachment"));
        assertThat(node.writes.get(2).key()).isEqualTo(message.key());
        assertThat(outcomes).singleElement().isInstanceOf(Outcome.Sent.class);
        assertThat(outcomes.get(0).action().key()).isEqualTo(message.key());
        assertThat(dir.resolve("outbox/files")).isEmptyDirectory();
    }

    @Test
    void theQueueAndItsKeysOutliveTheApp() {
        node.down = true;
        PendingAction accept = outbox.fireOnResource("n-1", "ds-0001", "ACCEPT_ACCESS_CONDITIONS", "Accept");
        outbox.close();

        PendingActions again = started();
        assertThat(again.pending()).containsExactly(outbox.pending().get(0));
        assertThat(again.pending().get(0).key()).isEqualTo(accept.key());
        node.down = false;
        again.signedInAs("alice@node");
        assertThat(node.writes).extracting(ScriptedNegotiator.Call::key).containsOnly(accept.key());
        assertThat(again.pending()).isEmpty();
        assertThat(started().pending()).as("saved without it").isEmpty();
        again.close();
    }

    @Test
    void onlyTheSignedInUsersActionsAreSent() {
        node.down = true;
        outbox.fire("n-1", "PAUSE", "Alice's pause");
        node.down = false;
        outbox.signedInAs("bob@node");
        outbox.fire("n-9", "ABANDON", "Bob's");
        outbox.signedInAs(null);
        assertThat(node.said()).containsExactly("fire n-1 PAUSE", "fire n-9 ABANDON");
        assertThat(outbox.pending()).extracting(PendingAction::description).containsExactly("Alice's pause");
        assertThatThrownBy(() -> outbox.fire("n-1", "PAUSE", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Nobody is signed in");

        outbox.signedInAs("alice@node");
        assertThat(outbox.pending()).isEmpty();
        assertThat(node.said()).endsWith("fire n-1 PAUSE");
    }

    @Test
    void theUserMayDiscardAWaitingActionButNotTheOneOnItsWay() throws Exception {
        node.holdNext();
        PendingAction first = outbox.fire("n-1", "PAUSE", null);
        PendingAction second = outbox.post(
                "n-1",
                new NewPost("Hi", "PUBLIC", null),
                Files.writeString(dir.resolve("a.txt"), "a"),
                "text/plain",
                null);
        assertThat(dir.resolve("outbox/files").resolve(second.key().value())).isDirectory();

        assertThat(outbox.discard(first)).isFalse();
        assertThat(outbox.discard(second)).isTrue();
        assertThat(dir.resolve("outbox/files").resolve(second.key().value())).doesNotExist();
        node.held.complete(null);
        assertThat(node.said()).containsExactly("fire n-1 PAUSE");
        assertThat(outbox.pending()).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsNotQueued() {
        assertThatThrownBy(() -> outbox.post(
                        "n-1", new NewPost("Hi", "PUBLIC", null), dir.resolve("missing.pdf"), "application/pdf", null))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("missing.pdf");
        assertThatThrownBy(() -> outbox.post("n-1", new NewPost(" ", "PUBLIC", null), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a text");
        assertThat(outbox.pending()).isEmpty();
        assertThat(node.writes).isEmpty();
    }

    @Test
    void aQueueFileThatCannotBeReadIsSetAsideWithASentence() throws Exception {
        outbox.close();
        Files.createDirectories(dir.resolve("outbox"));
        Files.writeString(dir.resolve("outbox/pending-actions.json"), "{not json");
        PendingActions again = started();
        assertThat(again.pending()).isEmpty();
        assertThat(again.warningProperty().get())
                .contains("Negotiator outbox file could not be read")
                .contains("pending-actions.json.unreadable-");
        again.close();
    }
}

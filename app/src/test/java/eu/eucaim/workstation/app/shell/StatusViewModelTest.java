package eu.eucaim.workstation.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.connection.BackendKind;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import eu.eucaim.workstation.api.node.NodeInfo;
import eu.eucaim.workstation.app.testing.ScriptedBackend;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StatusViewModelTest {
    /** A node whose health answer the test switches on and off. */
    static final class SwitchableLink {
        final AtomicBoolean up = new AtomicBoolean(true);
        final ScriptedBackend backend = new ScriptedBackend(BackendKind.NODE, URI.create("http://127.0.0.1:1234"));

        SwitchableLink() {
            backend.status = () -> up.get()
                    ? CompletableFuture.completedFuture(new NodeInfo("ok", "Test node", "0.1", 1L))
                    : CompletableFuture.failedFuture(new ServiceUnreachableException("http://127.0.0.1:1234", null));
        }
    }

    @Test
    void goesOfflineAndComesBackReloadingOnce() {
        SwitchableLink link = new SwitchableLink();
        StatusViewModel vm = new StatusViewModel(
                () -> CompletableFuture.completedFuture(link.backend), Runnable::run, Duration.ofSeconds(1));
        AtomicInteger reloads = new AtomicInteger();
        vm.setOnBackOnline(reloads::incrementAndGet);

        vm.poll();
        assertThat(vm.stateProperty().get()).isEqualTo(NodeState.ONLINE);
        assertThat(vm.nodeUrlProperty().get()).isEqualTo("http://127.0.0.1:1234");
        assertThat(vm.detailProperty().get()).isEqualTo("Remote node · Test node 0.1");
        assertThat(reloads).hasValue(0);

        link.up.set(false);
        vm.poll();
        vm.poll();
        assertThat(vm.stateProperty().get()).isEqualTo(NodeState.OFFLINE);
        assertThat(vm.detailProperty().get()).startsWith("Cannot reach http://127.0.0.1:1234");

        link.up.set(true);
        vm.poll();
        vm.poll();
        assertThat(vm.stateProperty().get()).isEqualTo(NodeState.ONLINE);
        assertThat(reloads).hasValue(1);
    }

    @Test
    void staysConnectingWhileTheNodeIsStillStarting() {
        StatusViewModel vm = new StatusViewModel(CompletableFuture::new, Runnable::run, Duration.ofMillis(50));
        vm.connecting("Starting the embedded node…");
        vm.poll();
        assertThat(vm.stateProperty().get()).isEqualTo(NodeState.CONNECTING);
        assertThat(vm.detailProperty().get()).isEqualTo("Starting the embedded node…");
    }

    @Test
    void aNodeThatFailedToStartIsOfflineWithTheReason() {
        StatusViewModel vm = new StatusViewModel(
                () -> CompletableFuture.failedFuture(new eu.eucaim.workstation.app.fx.UserMessageException(
                        "Could not start the embedded node: port in use", null)),
                Runnable::run,
                Duration.ofSeconds(1));
        vm.poll();
        assertThat(vm.stateProperty().get()).isEqualTo(NodeState.OFFLINE);
        assertThat(vm.detailProperty().get()).isEqualTo("Could not start the embedded node: port in use");
    }
}

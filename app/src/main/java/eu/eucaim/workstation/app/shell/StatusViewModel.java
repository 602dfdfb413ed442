package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.app.fx.Errors;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Online/offline state of the node for the status bar. {@link #poll()} is called every few seconds by a timer; it
 * returns at once and hands its result to the UI thread (a poll still waiting for its answer is not repeated). When
 * the node comes back after being offline, {@code onBackOnline} runs so that the current tab reloads by itself.
 */
public final class StatusViewModel {
    private final Supplier<CompletableFuture<Backend>> backends;
    private final Executor ui;
    private final Duration timeout;
    private final AtomicBoolean polling = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<NodeState> state =
            new ReadOnlyObjectWrapper<>(this, "state", NodeState.CONNECTING);
    private final ReadOnlyStringWrapper nodeUrl = new ReadOnlyStringWrapper(this, "nodeUrl", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "Connecting…");
    private Runnable onBackOnline = () -> {};

    public StatusViewModel(Supplier<CompletableFuture<Backend>> backends, Executor ui, Duration timeout) {
        this.backends = backends;
        this.ui = ui;
        this.timeout = timeout;
    }

    public void setOnBackOnline(Runnable action) {
        this.onBackOnline = action;
    }

    /** Called when a new connection starts (app start, node changed in Settings). UI thread. */
    public void connecting(String what) {
        state.set(NodeState.CONNECTING);
        nodeUrl.set("");
        detail.set(what);
    }

    /** One health check; any thread. While the backend is still starting, nothing changes. */
    public void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        // A copy: the timeout must not fail the connection's own future for everyone else.
        backends.get()
                .copy()
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((b, failure) -> {
                    if (failure == null) {
                        check(b);
                        return;
                    }
                    polling.set(false);
                    if (!(Errors.unwrap(failure)
                            instanceof TimeoutException)) { // a timeout: still starting, stay as we are
                        String message = Errors.describe(failure);
                        ui.execute(() -> offline("", message));
                    }
                });
    }

    private void check(Backend b) {
        String url = b.address().toString();
        String kind = b.kind().label();
        b.status().info().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((info, failure) -> {
            polling.set(false);
            if (failure == null) {
                String text = kind + " · " + info.name() + (info.version() == null ? "" : " " + info.version());
                ui.execute(() -> online(url, text));
            } else if (Errors.unwrap(failure) instanceof TimeoutException) {
                ui.execute(() -> offline(url, kind + " did not answer within " + timeout.toSeconds() + " s"));
            } else {
                String message = Errors.describe(failure);
                ui.execute(() -> offline(url, message));
            }
        });
    }

    private void online(String url, String text) {
        boolean wasOffline = state.get() == NodeState.OFFLINE;
        nodeUrl.set(url);
        detail.set(text);
        state.set(NodeState.ONLINE);
        if (wasOffline) {
            onBackOnline.run();
        }
    }

    private void offline(String url, String message) {
        if (!url.isEmpty()) {
            nodeUrl.set(url);
        }
        detail.set(message);
        state.set(NodeState.OFFLINE);
    }

    public ReadOnlyObjectProperty<NodeState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nodeUrlProperty() {
        return nodeUrl.getReadOnlyProperty();
    }

    /** The node's name when online, why not when offline. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }
}

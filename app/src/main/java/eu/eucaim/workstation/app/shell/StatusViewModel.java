package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.api.node.NodeInfo;
import eu.eucaim.workstation.app.fx.Errors;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Online/offline state of the node for the status bar. {@link #poll()} is called every few seconds on a
 * background scheduler; it blocks (bounded by the timeout) and hands its result to the UI thread. When the node
 * comes back after being offline, {@code onBackOnline} runs so that the current tab reloads by itself.
 */
public final class StatusViewModel {
    private final Supplier<CompletableFuture<NodeLink>> links;
    private final Executor ui;
    private final Duration timeout;
    private final ReadOnlyObjectWrapper<NodeState> state =
            new ReadOnlyObjectWrapper<>(this, "state", NodeState.CONNECTING);
    private final ReadOnlyStringWrapper nodeUrl = new ReadOnlyStringWrapper(this, "nodeUrl", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "Connecting…");
    private Runnable onBackOnline = () -> {};

    public StatusViewModel(Supplier<CompletableFuture<NodeLink>> links, Executor ui, Duration timeout) {
        this.links = links;
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

    /** One health check. Blocking; call on a background thread, never on the UI thread. */
    public void poll() {
        NodeLink link;
        try {
            link = links.get().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return; // still starting: stay as we are
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            String message = Errors.describe(e);
            ui.execute(() -> offline("", message));
            return;
        }
        String url = link.baseUri().toString();
        String kind = link.kind();
        try {
            NodeInfo info = link.info().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String text = kind + " · " + info.name() + (info.version() == null ? "" : " " + info.version());
            ui.execute(() -> online(url, text));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            ui.execute(() -> offline(url, kind + " did not answer within " + timeout.toSeconds() + " s"));
        } catch (Exception e) {
            String message = Errors.describe(e);
            ui.execute(() -> offline(url, message));
        }
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

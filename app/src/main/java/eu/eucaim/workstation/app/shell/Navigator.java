package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.tab.Destination;
import eu.eucaim.workstation.app.tab.Navigation;
import eu.eucaim.workstation.app.tab.Notifications;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** {@link Navigation} over the main window's tabs. UI thread. */
final class Navigator implements Navigation {
    private record Opener(String tabId, Function<Destination, CompletableFuture<Void>> open) {}

    private final TabPane tabs;
    private final Notifications notifications;
    private final Map<String, Tab> byId = new LinkedHashMap<>();
    private final Map<Class<?>, Opener> openers = new HashMap<>();

    Navigator(TabPane tabs, Notifications notifications) {
        this.tabs = tabs;
        this.notifications = notifications;
    }

    /** A tab of the window, found by {@link #show(String)} and by the openers registered for it. */
    void add(String id, Tab tab) {
        byId.put(id, tab);
    }

    @Override
    public CompletableFuture<Void> open(Destination destination) {
        Opener opener = openers.get(destination.getClass());
        if (opener == null) {
            String what = destination.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
            notifications.warn("This version cannot open a " + what + " yet.");
            return CompletableFuture.failedFuture(new IllegalStateException("No tab opens " + destination));
        }
        show(opener.tabId());
        return opener.open().apply(destination);
    }

    @Override
    public void show(String tabId) {
        Tab tab = byId.get(tabId);
        if (tab != null && !tab.isDisable()) {
            tabs.getSelectionModel().select(tab);
        }
    }

    @Override
    public <D extends Destination> void register(
            Class<D> kind, String tabId, Function<D, CompletableFuture<Void>> opener) {
        openers.put(kind, new Opener(tabId, d -> opener.apply(kind.cast(d))));
    }
}

package eu.eucaim.workstation.app.tab;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/** What a tab's factory makes: its view, and what the shell tells it. UI thread. */
public interface TabContent {
    /** The tab's root node (the shell puts it behind a sign-in gate when the tab needs one). */
    Node view();

    /** What the tab's tooltip says, or null for none. */
    default String tooltip() {
        return null;
    }

    /**
     * Load again, keeping what the user typed, ticked and opened: when a connection starts (app start, a switch of
     * node), and when the node comes back online (at once if this tab is shown, else when it is next shown).
     */
    default void reload() {}

    /** Keyboard shortcuts that work anywhere in the window: the shell selects this tab, then runs the action. */
    default Map<KeyCombination, Runnable> shortcuts() {
        return Map.of();
    }

    /** A count beside the tab's title (unread notifications), empty for none; null when the tab has none. */
    default javafx.beans.value.ObservableValue<String> badge() {
        return null;
    }

    /** The app is closing: stop what this tab started. */
    default void close() {}
}

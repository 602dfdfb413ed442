package eu.eucaim.workstation.app.tab;

/** Telling the user something outside the tab they look at. Callable from any thread. */
public interface Notifications {
    /** A dismissable line under the header: a file could not be saved, a demo node did not start, ... */
    void warn(String message);

    /**
     * A desktop notification in the app's window (a new message in a negotiation, a status change): a popup that
     * goes by itself; clicking it runs {@code open}.
     */
    default void inform(String title, String message, Runnable open) {
        warn(title + ": " + message);
    }
}

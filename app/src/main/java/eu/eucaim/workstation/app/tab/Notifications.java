package eu.eucaim.workstation.app.tab;

/** Telling the user something outside the tab they look at. Callable from any thread. */
public interface Notifications {
    /** A dismissable line under the header: a file could not be saved, a demo node did not start, ... */
    void warn(String message);
}

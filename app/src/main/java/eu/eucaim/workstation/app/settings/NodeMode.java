package eu.eucaim.workstation.app.settings;

/** Which node the workstation talks to. */
public enum NodeMode {
    /** The node started inside the application on a free loopback port (works offline). */
    EMBEDDED,
    /** Another node, e.g. a team's shared node, at {@link Settings#nodeUrl()}. */
    REMOTE
}

package eu.eucaim.workstation.app.settings;

/** What the workstation talks to. */
public enum NodeMode {
    /** The node started inside the application on a free loopback port (works offline). */
    EMBEDDED,
    /** The real EUCAIM platform's services, at the addresses of {@link Settings#platform()}. */
    PLATFORM,
    /** Another node, e.g. a team's shared node, at {@link Settings#nodeUrl()}. */
    REMOTE
}

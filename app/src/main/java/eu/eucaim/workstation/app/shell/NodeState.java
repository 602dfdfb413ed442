package eu.eucaim.workstation.app.shell;

/** What the status bar says about the node. */
public enum NodeState {
    /** Starting the embedded node or making the first contact. */
    CONNECTING,
    ONLINE,
    OFFLINE
}

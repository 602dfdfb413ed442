package eu.eucaim.workstation.node.storage;

/**
 * What the node does with a data folder that other users may read or write. The folder holds the H2 database, and
 * with it the node's token-signing key and its users' password hashes: whoever reads it can mint tokens that this
 * node, and every node trusting it, accepts.
 */
public enum DataDirAccess {
    /** Refuse to start (the default): a folder the user chose, which the node must not change behind their back. */
    REQUIRE_PRIVATE,
    /** Make it private and say so in the log: the app's own folder, created with mode 755 by earlier versions. */
    MAKE_PRIVATE,
    /** Leave it as it is (an explicit choice: {@code --allow-shared-data-dir}); the database files stay private. */
    ALLOW_SHARED
}

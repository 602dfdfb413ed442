package eu.eucaim.workstation.api.node;

/**
 * {@code GET /api/health} (public): who the node is. The app polls it to show online/offline.
 *
 * @param name    the node's display name, e.g. "EUCAIM demo node (seed 1)"
 * @param seed    the demo-data seed the node was created with, or null for a node without demo data
 */
public record NodeInfo(String status, String name, String version, Long seed) {}

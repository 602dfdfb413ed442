package eu.eucaim.workstation.node.http;

import java.time.Duration;

/**
 * What one client may take of the node, so that no client can freeze it for the others (docs/security.md): a request
 * body must arrive at a minimum rate (a slow one is cut off with 408), an idle connection is closed, one client
 * address may hold a bounded number of connections, and only so many requests may be reading a body at once, which
 * keeps the rest of the server's threads for everything else.
 *
 * @param minBodyBytesPerSecond  the slowest a request body may arrive, averaged from its start
 * @param idleTimeout            how long a connection may stay silent
 * @param connectionsPerAddress  connections one client address may hold open at once
 * @param concurrentBodies       requests that may be reading a body at once (the server has 250 threads)
 */
public record ServerLimits(
        long minBodyBytesPerSecond, Duration idleTimeout, int connectionsPerAddress, int concurrentBodies) {
    public static final ServerLimits DEFAULT = new ServerLimits(1024, Duration.ofSeconds(20), 128, 100);

    public ServerLimits {
        if (minBodyBytesPerSecond <= 0 || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("The body rate and the idle timeout must be positive");
        }
        if (connectionsPerAddress < 1 || concurrentBodies < 1) {
            throw new IllegalArgumentException("The connection and body limits must be at least 1");
        }
    }
}

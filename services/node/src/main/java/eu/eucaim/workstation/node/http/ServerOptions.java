package eu.eucaim.workstation.node.http;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the server listens and what it accepts of its clients.
 *
 * @param host      the address to bind
 * @param port      the TCP port, 0 for any free port
 * @param hostNames the names clients may address it by besides the loopback ones (127.0.0.1, localhost, [::1]):
 *                  a standalone node's public name; anything else in {@code Host} is refused, which keeps a web page
 *                  whose name resolves to this machine (DNS rebinding) from reading the node
 * @param limits    what one client may take ({@link ServerLimits})
 */
public record ServerOptions(String host, int port, Set<String> hostNames, ServerLimits limits) {
    public ServerOptions {
        Objects.requireNonNull(host, "host");
        hostNames =
                hostNames.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        Objects.requireNonNull(limits, "limits");
    }

    /** A server on {@code host} and {@code port}, addressed by loopback names only, with the default limits. */
    public static ServerOptions of(String host, int port) {
        return new ServerOptions(host, port, Set.of(), ServerLimits.DEFAULT);
    }
}

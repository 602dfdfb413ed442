package eu.eucaim.workstation.node.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a new connection from a client address that already holds the most it may, so that one client cannot take
 * every connection the node can serve. Added to the server's connector as a Jetty listener.
 */
final class ConnectionsPerAddress implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerAddress.class);

    private final int limit;
    private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Boolean> warned = new ConcurrentHashMap<>();
    /**
     * Each open connection's address as it was when it opened: once closed, an end point may no longer know its remote
     * address, and the count would never go down (a client opening a connection per request was refused after 128).
     */
    private final ConcurrentHashMap<Connection, String> addresses = new ConcurrentHashMap<>();

    ConnectionsPerAddress(int limit) {
        this.limit = limit;
    }

    @Override
    public void onOpened(Connection connection) {
        String address = address(connection.getEndPoint().getRemoteSocketAddress());
        addresses.put(connection, address);
        int now = open.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        if (now > limit) {
            if (warned.putIfAbsent(address, true) == null) {
                LOG.warn("{} holds {} connections, the most one address may; closing the ones above", address, limit);
            }
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        String address = addresses.remove(connection);
        if (address == null) {
            return;
        }
        AtomicInteger count = open.get(address);
        if (count != null && count.decrementAndGet() <= 0) {
            open.remove(address, count);
            warned.remove(address);
        }
    }

    /** Connections {@code address} holds now (for tests and logs). */
    int held(String address) {
        AtomicInteger count = open.get(address);
        return count == null ? 0 : count.get();
    }

    private static String address(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress()
                : String.valueOf(remote);
    }
}

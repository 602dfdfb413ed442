package eu.eucaim.workstation.node.auth;

import eu.eucaim.workstation.node.http.ApiServer;
import eu.eucaim.workstation.node.storage.Database;
import eu.eucaim.workstation.node.storage.JdbcTarget;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The node's sign-in (routes and guard, as {@code EucaimNode} assembles them) over an in-memory H2 database and a
 * {@link MovableClock}, on a real loopback server: for lifetimes and lock times without sleeping.
 */
final class ClockedProvider implements AutoCloseable {
    final MovableClock clock = new MovableClock();
    final Database db;
    final ApiServer server;
    final ProviderClient client;

    ClockedProvider() {
        // Now, so that the tokens it issues pass the verifier, which checks them against the system clock.
        clock.now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        db = Database.open(new JdbcTarget("jdbc:h2:mem:clocked-" + UUID.randomUUID(), "sa", ""));
        NodeAuth auth = NodeAuth.open(db.dataSource(), clock, List.of());
        server = ApiServer.start("127.0.0.1", 0, auth.routes(), auth.guard());
        URI base = URI.create("http://127.0.0.1:" + server.port());
        auth.started(base);
        client = new ProviderClient(base);
    }

    /** A fresh login form's value (the hidden {@code request_id} field). */
    String form() {
        return ProviderClient.requestId(client.authorize(ProviderClient.authorizeParams(
                ProviderClient.REDIRECT, ProviderClient.challenge(ProviderClient.VERIFIER))));
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}

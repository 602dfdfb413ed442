package eu.eucaim.workstation.node.http;

import eu.eucaim.workstation.node.storage.Database;
import eu.eucaim.workstation.node.storage.JdbcTarget;
import java.util.UUID;

/** Idempotent creates over an H2 database, as the embedded node keeps them. */
class H2IdempotencyTest extends IdempotencyContract {
    @Override
    protected Database openDatabase() {
        return Database.open(new JdbcTarget("jdbc:h2:mem:idem-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }
}

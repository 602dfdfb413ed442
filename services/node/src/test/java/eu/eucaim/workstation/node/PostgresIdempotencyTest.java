package eu.eucaim.workstation.node;

import eu.eucaim.workstation.node.http.IdempotencyContract;
import eu.eucaim.workstation.node.storage.Database;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Idempotent creates over PostgreSQL, as a shared node keeps them (see {@link PostgresSchemas}). */
class PostgresIdempotencyTest extends IdempotencyContract {
    @RegisterExtension
    static final PostgresSchemas PG = new PostgresSchemas();

    @Override
    protected Database openDatabase() throws Exception {
        return PG.open();
    }
}

package eu.eucaim.workstation.node;

import eu.eucaim.workstation.node.auth.AuthStorageContract;
import eu.eucaim.workstation.node.storage.Database;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sign-in's secrets and external users over PostgreSQL (see {@link PostgresSchemas}). */
class PostgresAuthStorageTest extends AuthStorageContract {
    @RegisterExtension
    static final PostgresSchemas PG = new PostgresSchemas();

    @Override
    protected Database openDatabase() throws Exception {
        return PG.open();
    }
}

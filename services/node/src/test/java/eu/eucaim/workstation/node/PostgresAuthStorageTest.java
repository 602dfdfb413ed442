package eu.eucaim.workstation.node;

import eu.eucaim.workstation.node.auth.AuthStorageContract;
import eu.eucaim.workstation.node.storage.Database;
import eu.eucaim.workstation.node.storage.JdbcTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;

/**
 * The sign-in's secrets and external users over PostgreSQL when {@code EUCAIM_TEST_PG_URL} is set; skipped without
 * it, and failing on CI without it.
 */
class PostgresAuthStorageTest extends AuthStorageContract {
    private static PostgresTestDatabase pg;

    @Override
    protected Database openDatabase() throws Exception {
        if (pg == null) {
            pg = PostgresTestDatabase.fromEnvironment(System.getenv()).orElse(null);
            Assumptions.assumeTrue(
                    pg != null, PostgresTestDatabase.URL_VARIABLE + " is not set; PostgreSQL tests skipped");
        }
        return Database.open(new JdbcTarget(pg.newSchema(), null, null));
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        if (pg != null) {
            pg.dropSchemas();
        }
    }
}

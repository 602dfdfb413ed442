package eu.eucaim.workstation.node;

import eu.eucaim.workstation.node.storage.Database;
import eu.eucaim.workstation.node.storage.JdbcTarget;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a storage contract's PostgreSQL run ({@code @RegisterExtension static final PostgresSchemas PG = new
 * PostgresSchemas();}): each {@link #open()} is the node's database, migrated, in a fresh schema; the schemas are
 * dropped after the class. Without {@code EUCAIM_TEST_PG_URL} the tests are skipped (and fail on CI).
 */
final class PostgresSchemas implements AfterAllCallback {
    private PostgresTestDatabase pg;

    Database open() throws Exception {
        if (pg == null) {
            pg = PostgresTestDatabase.fromEnvironment(System.getenv()).orElse(null);
            Assumptions.assumeTrue(
                    pg != null, PostgresTestDatabase.URL_VARIABLE + " is not set; PostgreSQL tests skipped");
        }
        return Database.open(new JdbcTarget(pg.newSchema(), null, null));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (pg != null) {
            pg.dropSchemas();
        }
    }
}

package eu.eucaim.workstation.node;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;

/**
 * The access models and retrieval log (migration V11, the grants query) on PostgreSQL, when
 * {@code EUCAIM_TEST_PG_URL} is set; skipped without it.
 */
class PostgresImageAccessModelTest extends ImageAccessModelContract {
    private PostgresTestDatabase pg;

    @Override
    NodeConfig config(Path dir) throws Exception {
        pg = PostgresTestDatabase.fromEnvironment(System.getenv()).orElse(null);
        Assumptions.assumeTrue(pg != null, PostgresTestDatabase.URL_VARIABLE + " is not set; PostgreSQL tests skipped");
        return NodeConfig.defaults(dir, 1).withDatasetCount(40).withJdbc(pg.newSchema(), null, null);
    }

    @AfterAll
    void dropSchemas() throws Exception {
        if (pg != null) {
            stop(); // before its schema goes (a subclass's @AfterAll runs before the contract's)
            pg.dropSchemas();
        }
    }
}

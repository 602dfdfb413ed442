package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node contract on PostgreSQL, when {@code EUCAIM_TEST_PG_URL} is set (see scripts/ci/start-postgres.sh);
 * skipped without it, and failing on CI without it.
 */
class PostgresNodeApiTest extends NodeApiContract {
    @TempDir
    static Path temp;

    private PostgresTestDatabase pg;

    private PostgresTestDatabase pg() {
        if (pg == null) {
            pg = PostgresTestDatabase.fromEnvironment(System.getenv()).orElse(null);
            Assumptions.assumeTrue(
                    pg != null, PostgresTestDatabase.URL_VARIABLE + " is not set; PostgreSQL tests skipped");
        }
        return pg;
    }

    @Override
    NodeConfig freshConfig(long seed) throws Exception {
        return NodeConfig.defaults(temp, seed).withJdbc(pg().newSchema(), null, null);
    }

    @Override
    NodeConfig unopenableConfig() {
        return NodeConfig.defaults(temp, SEED).withJdbc(pg().unreachableUrl(), null, null);
    }

    @AfterAll
    void dropSchemas() throws Exception {
        if (pg != null) {
            stopNode();
            pg.dropSchemas();
        }
    }

    @Test
    void postgresServesTheSameCatalogueAsH2ForTheSameSeed() {
        try (EucaimNode h2 = EucaimNode.start(NodeConfig.defaults(temp.resolve("h2"), SEED))) {
            assertThat(catalogueJson(base)).isEqualTo(catalogueJson(h2.baseUri()));
        }
    }

    @Test
    void theNodeRunsOnPostgres() {
        assertThat(node.config().jdbcUrl()).startsWith("jdbc:postgresql:");
    }
}

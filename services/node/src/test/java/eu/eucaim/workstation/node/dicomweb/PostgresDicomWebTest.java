package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.PostgresTestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The DICOMweb contract on PostgreSQL, when {@code EUCAIM_TEST_PG_URL} is set; skipped without it. */
class PostgresDicomWebTest extends DicomWebContract {
    private PostgresTestDatabase pg;

    @Override
    NodeConfig config(Path temp) throws Exception {
        pg = PostgresTestDatabase.fromEnvironment(System.getenv()).orElse(null);
        Assumptions.assumeTrue(pg != null, PostgresTestDatabase.URL_VARIABLE + " is not set; PostgreSQL tests skipped");
        return NodeConfig.defaults(temp, 1).withJdbc(pg.newSchema(), null, null);
    }

    @Override
    void cleanUp() throws Exception {
        if (pg != null) {
            pg.dropSchemas();
        }
    }
}

package eu.eucaim.workstation.node.demo;

import eu.eucaim.workstation.node.catalogue.CatalogueWriter;
import eu.eucaim.workstation.node.catalogue.CohortSummaryTable;
import eu.eucaim.workstation.node.demo.DemoHoldings.DemoBiobank;
import eu.eucaim.workstation.node.demo.DemoHoldings.DemoNetwork;
import eu.eucaim.workstation.node.storage.Database;
import eu.eucaim.workstation.node.storage.NodeMeta;
import eu.eucaim.workstation.node.storage.StorageException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the demo data into the database exactly once: on first start it generates the catalogue and cohorts from the
 * seed; afterwards {@code node_meta} says the data is there and nothing is generated again.
 */
public final class DemoDataInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataInstaller.class);
    /** Rows per JDBC batch round-trip and per commit: large enough to be fast, small enough for PostgreSQL's undo. */
    private static final int ROWS_PER_COMMIT = 20_000;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private DemoDataInstaller() {}

    /**
     * @return true when demo data was generated now, false when the database already had it
     * @throws StorageException when the database holds demo data of another seed, or cannot be written
     */
    public static boolean ensureInstalled(Database db, long seed, int datasetCount) {
        try (Connection c = db.connection()) {
            Optional<String> existing = NodeMeta.get(c, NodeMeta.DEMO_SEED);
            if (existing.isPresent()) {
                if (!existing.get().equals(Long.toString(seed))) {
                    throw new StorageException(
                            "The node database " + db.description() + " holds demo data of seed "
                                    + existing.get() + ", not of the configured seed " + seed
                                    + "; use another database (or data directory) for another seed",
                            null);
                }
                return false;
            }
            long started = System.nanoTime();
            long cpuStarted = CPU.getCurrentThreadCpuTime();
            install(c, seed, datasetCount);
            // CPU time too: on a shared machine the wall time says more about the neighbours than about us.
            LOG.info(
                    "Generated demo data (seed {}, {} datasets) in {} ms ({} ms CPU on this thread)",
                    seed,
                    datasetCount,
                    (System.nanoTime() - started) / 1_000_000,
                    (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
            return true;
        } catch (SQLException e) {
            throw new StorageException(
                    "Cannot write the demo data into " + db.description() + ": " + e.getMessage(), e);
        }
    }

    private static void install(Connection c, long seed, int datasetCount) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            // A start that died half-way left rows but no meta: start from empty so ids do not clash.
            clear(c);
            try (CatalogueWriter catalogue = new CatalogueWriter(c);
                    CohortWriter cohorts = new CohortWriter(c, catalogue.datasetRows())) {
                for (DemoNetwork n : DemoHoldings.NETWORKS) {
                    catalogue.network(n.id(), n.name(), n.description());
                }
                for (DemoBiobank b : DemoHoldings.BIOBANKS) {
                    catalogue.biobank(b.id(), b.networkId(), b.name(), b.country(), b.city(), b.description());
                }
                SqlConsumer sink = generated -> {
                    catalogue.dataset(generated.dataset());
                    cohorts.write(generated.cohort());
                    if (cohorts.pending() >= ROWS_PER_COMMIT) {
                        catalogue.flush();
                        cohorts.flush();
                        c.commit();
                    }
                };
                new DemoCatalogueGenerator(seed, datasetCount).generate(generated -> {
                    try {
                        sink.accept(generated);
                    } catch (SQLException e) {
                        throw new WrappedSqlException(e);
                    }
                });
                catalogue.flush();
                cohorts.flush();
            } catch (WrappedSqlException e) {
                throw e.getCause();
            }
            CohortSummaryTable.recompute(c);
            // Written last: its presence means the data is complete.
            NodeMeta.put(c, NodeMeta.DEMO_GENERATOR_VERSION, DemoCatalogueGenerator.VERSION);
            NodeMeta.put(c, NodeMeta.DEMO_DATASET_COUNT, Integer.toString(datasetCount));
            NodeMeta.put(c, NodeMeta.DEMO_SEED, Long.toString(seed));
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : new String[] {
                "cohort_summary", "study", "subject", "dataset_term", "dataset", "biobank", "network", "node_meta"
            }) {
                s.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    @FunctionalInterface
    private interface SqlConsumer {
        void accept(GeneratedDataset generated) throws SQLException;
    }

    private static final class WrappedSqlException extends RuntimeException {
        WrappedSqlException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}

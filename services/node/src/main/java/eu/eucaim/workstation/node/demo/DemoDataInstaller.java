package eu.eucaim.workstation.node.demo;

import eu.eucaim.workstation.api.catalogue.Dataset;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the demo data into the database exactly once, in two steps so that a first start serves its catalogue in
 * seconds: {@link #ensureCatalogue} writes networks, biobanks, datasets and the cohort totals (the Dashboard's and
 * Catalogue's data) before the node listens; {@link #ensureCohorts} writes the cohort's subject and study rows (the
 * federated search's data, tens of thousands of rows) afterwards, in the background. {@code node_meta} says which
 * step is complete; a step cut short is done again on the next start. The generator is deterministic, so both steps
 * write the same data whether they run in one process or two.
 */
public final class DemoDataInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataInstaller.class);
    /** Rows per JDBC batch round-trip and per commit: large enough to be fast, small enough for PostgreSQL's undo. */
    private static final int ROWS_PER_COMMIT = 20_000;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private DemoDataInstaller() {}

    /**
     * The catalogue step's outcome: whether it generated the catalogue now, and the cohorts it generated with it
     * (for {@link #ensureCohorts}, so that they are not generated twice), or null.
     */
    public record Catalogue(boolean generated, Cohorts cohorts) {}

    /** Generated cohort rows waiting to be written; opaque outside this package. */
    public static final class Cohorts {
        private final List<CohortRows> rows;

        private Cohorts(List<CohortRows> rows) {
            this.rows = rows;
        }
    }

    /**
     * Both steps now, on this thread: for tests and tools that want the whole demo data before they go on.
     *
     * @return true when the catalogue was generated now, false when the database already had it
     */
    public static boolean ensureInstalled(Database db, long seed, int datasetCount) {
        Catalogue catalogue = ensureCatalogue(db, seed, datasetCount);
        ensureCohorts(db, seed, datasetCount, catalogue.cohorts(), () -> false);
        return catalogue.generated();
    }

    /**
     * Ensures the catalogue and the cohort totals are there; the cohort rows may still be missing.
     *
     * @throws StorageException when the database holds demo data of another seed, or cannot be written
     */
    public static Catalogue ensureCatalogue(Database db, long seed, int datasetCount) {
        try (Connection c = db.connection()) {
            Optional<String> existing = NodeMeta.get(c, NodeMeta.DEMO_SEED);
            if (existing.isPresent()) {
                requireSeed(db, existing.get(), seed);
                return new Catalogue(false, null);
            }
            long started = System.nanoTime();
            long cpuStarted = CPU.getCurrentThreadCpuTime();
            List<CohortRows> cohorts = new ArrayList<>();
            inTransaction(c, () -> {
                // A start that died half-way left rows but no meta: start from empty so ids do not clash.
                clear(c);
                CohortTotals totals = new CohortTotals();
                try (CatalogueWriter catalogue = new CatalogueWriter(c)) {
                    for (DemoNetwork n : DemoHoldings.NETWORKS) {
                        catalogue.network(n.id(), n.name(), n.description());
                    }
                    for (DemoBiobank b : DemoHoldings.BIOBANKS) {
                        catalogue.biobank(b.id(), b.networkId(), b.name(), b.country(), b.city(), b.description());
                    }
                    List<Dataset> datasets = new ArrayList<>();
                    new DemoCatalogueGenerator(seed, datasetCount).generate(generated -> {
                        datasets.add(generated.dataset());
                        cohorts.add(generated.cohort());
                        totals.add(generated.cohort());
                    });
                    for (Dataset d : datasets) {
                        catalogue.dataset(d);
                    }
                    catalogue.flush();
                }
                CohortSummaryTable.write(c, totals.studiesByModality(), totals.subjectsByBodyPart());
                // Written last: its presence means the catalogue is complete.
                NodeMeta.put(c, NodeMeta.DEMO_GENERATOR_VERSION, DemoCatalogueGenerator.VERSION);
                NodeMeta.put(c, NodeMeta.DEMO_DATASET_COUNT, Integer.toString(datasetCount));
                NodeMeta.put(c, NodeMeta.DEMO_SEED, Long.toString(seed));
            });
            log("catalogue", seed, datasetCount, started, cpuStarted);
            return new Catalogue(true, new Cohorts(List.copyOf(cohorts)));
        } catch (SQLException e) {
            throw new StorageException(
                    "Cannot write the demo data into " + db.description() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Ensures the cohort's subject and study rows are there (after {@link #ensureCatalogue}). Checks {@code
     * cancelled} between datasets and then stops, writing nothing (the next start does it).
     *
     * @param generated what the catalogue step generated in this process, or null to generate it again
     * @return true when the rows were written now, false when they were there already or it was cancelled
     */
    public static boolean ensureCohorts(
            Database db, long seed, int datasetCount, Cohorts generated, BooleanSupplier cancelled) {
        try (Connection c = db.connection()) {
            if (NodeMeta.get(c, NodeMeta.DEMO_COHORT_SEED).isPresent()) {
                return false;
            }
            long started = System.nanoTime();
            long cpuStarted = CPU.getCurrentThreadCpuTime();
            List<CohortRows> cohorts = generated != null ? generated.rows : generateCohorts(seed, datasetCount);
            boolean[] complete = {false};
            inTransaction(c, () -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM study");
                    s.executeUpdate("DELETE FROM subject");
                }
                try (CohortWriter writer = new CohortWriter(c, null)) {
                    for (CohortRows cohort : cohorts) {
                        if (cancelled.getAsBoolean()) {
                            c.rollback();
                            return;
                        }
                        writer.write(cohort);
                        if (writer.pending() >= ROWS_PER_COMMIT) {
                            writer.flush();
                            c.commit();
                        }
                    }
                    writer.flush();
                }
                NodeMeta.put(c, NodeMeta.DEMO_COHORT_SEED, Long.toString(seed));
                complete[0] = true;
            });
            if (complete[0]) {
                log("cohorts", seed, datasetCount, started, cpuStarted);
            }
            return complete[0];
        } catch (SQLException e) {
            throw new StorageException(
                    "Cannot write the demo cohorts into " + db.description() + ": " + e.getMessage(), e);
        }
    }

    private static List<CohortRows> generateCohorts(long seed, int datasetCount) {
        List<CohortRows> cohorts = new ArrayList<>();
        new DemoCatalogueGenerator(seed, datasetCount).generate(generated -> cohorts.add(generated.cohort()));
        return cohorts;
    }

    private static void requireSeed(Database db, String existing, long seed) {
        if (!existing.equals(Long.toString(seed))) {
            throw new StorageException(
                    "The node database " + db.description() + " holds demo data of seed " + existing
                            + ", not of the configured seed " + seed
                            + "; use another database (or data directory) for another seed",
                    null);
        }
    }

    private static void log(String what, long seed, int datasetCount, long started, long cpuStarted) {
        // CPU time too: on a shared machine the wall time says more about the neighbours than about us.
        LOG.info(
                "Generated the demo {} (seed {}, {} datasets) in {} ms ({} ms CPU on this thread)",
                what,
                seed,
                datasetCount,
                (System.nanoTime() - started) / 1_000_000,
                (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
    }

    /** Runs {@code work} in one transaction (it may commit on the way), rolled back on any failure. */
    private static void inTransaction(Connection c, SqlWork work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            work.run();
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
    private interface SqlWork {
        void run() throws SQLException;
    }
}

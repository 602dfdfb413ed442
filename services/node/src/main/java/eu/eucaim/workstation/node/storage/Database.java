package eu.eucaim.workstation.node.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The node's database: a small connection pool over H2 or PostgreSQL, migrated to the current schema on open.
 * The database is the source of truth; everything in memory is rebuilt from it.
 */
public final class Database implements AutoCloseable {
    /** Not Flyway's default {@code db/migration}, so that another module's migrations on the classpath never mix in. */
    static final String MIGRATIONS = "classpath:eu/eucaim/workstation/node/db/migration";
    /** The highest {@code V<n>__} migration in {@link #MIGRATIONS}; a test keeps the two in step. */
    static final int SCHEMA_VERSION = 12;

    private final HikariDataSource pool;
    private final String description;

    private Database(HikariDataSource pool, String description) {
        this.pool = pool;
        this.description = description;
    }

    /**
     * Opens the pool and migrates the schema.
     *
     * @throws StorageException naming the database when it cannot be opened or migrated
     */
    public static Database open(JdbcTarget target) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(target.url());
        hikari.setUsername(target.user());
        hikari.setPassword(target.password());
        hikari.setPoolName("eucaim-node");
        // A desktop node serves one user: a few connections are plenty, and fewer keep H2 startup quick.
        hikari.setMaximumPoolSize(4);
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StorageException("Cannot open the node database " + target.describe() + ": " + rootMessage(e), e);
        }
        try {
            // Flyway costs about half a second of a cold start; skip it when the history says the schema is current.
            if (appliedVersion(pool) < SCHEMA_VERSION) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations(MIGRATIONS)
                        .loggers("slf4j")
                        .load()
                        .migrate();
            }
        } catch (RuntimeException e) {
            pool.close();
            throw new StorageException(
                    "Cannot migrate the node database " + target.describe() + ": " + rootMessage(e), e);
        }
        return new Database(pool, target.describe());
    }

    /** The highest successfully applied migration, 0 for a database Flyway has not touched. */
    static int appliedVersion(DataSource ds) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                // Flyway creates its table and columns with quoted lower-case names on both H2 and PostgreSQL.
                ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            int highest = 0;
            while (rs.next()) {
                highest = Math.max(highest, Integer.parseInt(rs.getString(1).split("\\.")[0]));
            }
            return highest;
        } catch (SQLException | NumberFormatException e) {
            return 0; // no history yet (or not one we understand): let Flyway decide
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}

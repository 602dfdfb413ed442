package eu.eucaim.workstation.node.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The node's database: a small connection pool over H2 or PostgreSQL, migrated to the current schema on open.
 * The database is the source of truth; everything in memory is rebuilt from it.
 */
public final class Database implements AutoCloseable {
    /** Not Flyway's default {@code db/migration}, so that another module's migrations on the classpath never mix in. */
    static final String MIGRATIONS = "classpath:eu/eucaim/workstation/node/db/migration";

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
            Flyway.configure()
                    .dataSource(pool)
                    .locations(MIGRATIONS)
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StorageException("Cannot migrate the node database " + target.describe() + ": " + rootMessage(e), e);
        }
        return new Database(pool, target.describe());
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

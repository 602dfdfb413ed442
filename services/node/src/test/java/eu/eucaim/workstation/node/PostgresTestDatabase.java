package eu.eucaim.workstation.node;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL the tests may use, from {@code EUCAIM_TEST_PG_URL}. Each {@link #newSchema()} is a fresh random
 * schema (via {@code currentSchema}), so runs never see each other's tables; {@link #dropSchemas()} removes them.
 */
public final class PostgresTestDatabase {
    public static final String URL_VARIABLE = "EUCAIM_TEST_PG_URL";
    static final String EXAMPLE_URL = "jdbc:postgresql://127.0.0.1:5432/eucaim_test?user=eucaim&password=eucaim";

    private final String url;
    private final List<String> schemas = new ArrayList<>();

    private PostgresTestDatabase(String url) {
        this.url = url;
    }

    /**
     * The configured database; empty when none is configured outside CI.
     *
     * @throws IllegalStateException on CI ({@code CI=true}) without a configured database: CI must test PostgreSQL
     */
    public static Optional<PostgresTestDatabase> fromEnvironment(Map<String, String> env) {
        String url = env.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(env.get("CI"))) {
                throw new IllegalStateException("CI=true but " + URL_VARIABLE + " is not set: run "
                        + "'bash scripts/ci/start-postgres.sh' and set " + URL_VARIABLE + "=" + EXAMPLE_URL);
            }
            return Optional.empty();
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(
                    URL_VARIABLE + " must be a jdbc:postgresql: URL such as " + EXAMPLE_URL + ", got '" + url + "'");
        }
        return Optional.of(new PostgresTestDatabase(url.strip()));
    }

    /** A JDBC URL whose default schema is a new, empty schema. */
    public String newSchema() throws SQLException {
        String schema =
                "eucaim_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A URL of the same server on a port where nothing listens. */
    String unreachableUrl() {
        return url.replaceFirst("//[^/]+/", "//127.0.0.1:1/");
    }

    public void dropSchemas() throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
        schemas.clear();
    }
}

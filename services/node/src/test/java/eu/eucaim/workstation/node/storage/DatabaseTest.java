package eu.eucaim.workstation.node.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void schemaVersionConstantIsTheHighestMigration() throws IOException {
        Pattern name = Pattern.compile("V(\\d+)__.+\\.sql");
        int highest = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/eu/eucaim/workstation/node/db/migration"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = name.matcher(f.getFileName().toString());
                assertThat(m.matches())
                        .as("migration file name %s", f.getFileName())
                        .isTrue();
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(highest);
    }

    @Test
    void migratesOnceAndThenSeesTheSchemaAsCurrent() throws Exception {
        JdbcTarget target = JdbcTarget.h2File(dir.resolve("db"));
        try (Database db = Database.open(target)) {
            assertThat(Database.appliedVersion(db.dataSource())).isEqualTo(Database.SCHEMA_VERSION);
            try (Connection c = db.connection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM subject")) {
                assertThat(rs.next()).isTrue();
            }
        }
        try (Database db = Database.open(target)) {
            assertThat(Database.appliedVersion(db.dataSource())).isEqualTo(Database.SCHEMA_VERSION);
        }
    }
}

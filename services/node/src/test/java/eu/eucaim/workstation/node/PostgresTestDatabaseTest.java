package eu.eucaim.workstation.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresTestDatabaseTest {
    @Test
    void withoutAUrlOutsideCiThePostgresTestsAreSkipped() {
        assertThat(PostgresTestDatabase.fromEnvironment(Map.of())).isEmpty();
        assertThat(PostgresTestDatabase.fromEnvironment(Map.of("CI", "false"))).isEmpty();
    }

    @Test
    void withoutAUrlOnCiThePostgresTestsFailSayingWhatToSet() {
        assertThatThrownBy(() -> PostgresTestDatabase.fromEnvironment(Map.of("CI", "true")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EUCAIM_TEST_PG_URL=jdbc:postgresql://")
                .hasMessageContaining("start-postgres.sh");
    }

    @Test
    void aUrlEnablesThem() {
        assertThat(PostgresTestDatabase.fromEnvironment(
                        Map.of("CI", "true", "EUCAIM_TEST_PG_URL", PostgresTestDatabase.EXAMPLE_URL)))
                .isPresent();
        assertThatThrownBy(() -> PostgresTestDatabase.fromEnvironment(Map.of("EUCAIM_TEST_PG_URL", "jdbc:h2:mem:x")))
                .hasMessageContaining("jdbc:postgresql:");
    }
}

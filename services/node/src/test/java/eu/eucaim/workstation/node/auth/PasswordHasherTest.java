package eu.eucaim.workstation.node.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    @Test
    void aHashMatchesOnlyItsPasswordAndIsSaltedPerUser() {
        PasswordHasher.PasswordHash a = PasswordHasher.hash("secret".toCharArray());
        PasswordHasher.PasswordHash b = PasswordHasher.hash("secret".toCharArray());
        assertThat(PasswordHasher.matches("secret".toCharArray(), a)).isTrue();
        assertThat(PasswordHasher.matches("Secret".toCharArray(), a)).isFalse();
        assertThat(a.salt()).isNotEqualTo(b.salt());
        assertThat(a.hash()).isNotEqualTo(b.hash());
        assertThat(a.iterations()).isEqualTo(PasswordHasher.ITERATIONS);
        assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(a.toString()).doesNotContain(a.hash()).doesNotContain(a.salt());
    }
}

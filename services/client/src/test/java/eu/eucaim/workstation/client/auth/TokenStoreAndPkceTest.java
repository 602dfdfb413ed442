package eu.eucaim.workstation.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoreAndPkceTest {
    private static final TokenSet TOKENS = new TokenSet(
            "access-secret", "refresh-secret", "id-secret", Instant.parse("2026-01-01T10:00:00Z"), "openid");

    @Test
    void theRfc7636ExampleChallengeIsReproduced() {
        assertThat(Pkce.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk").challenge())
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void generatedVerifiersAreLongRandomAndUnreserved() {
        Pkce a = Pkce.generate();
        assertThat(a.verifier()).hasSizeBetween(43, 128).matches("[A-Za-z0-9._~-]+");
        assertThat(a.verifier()).isNotEqualTo(Pkce.generate().verifier());
        assertThat(a.toString()).doesNotContain(a.verifier());
    }

    @Test
    void savedTokensComeBackAndOnlyTheUserCanReadTheFile(@TempDir Path dir) throws Exception {
        FileTokenStore store = new FileTokenStore(dir.resolve("sub/session.json"));
        assertThat(store.load()).isEmpty();
        store.save(TOKENS);
        assertThat(store.load()).contains(TOKENS);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("sub/session.json"))))
                    .isEqualTo("rw-------");
        }
        assertThat(Files.list(dir.resolve("sub"))).hasSize(1);
        store.clear();
        assertThat(store.load()).isEmpty();
    }

    @Test
    void tokensNeverAppearInToString() {
        assertThat(TOKENS.toString()).doesNotContain("secret").contains("2026-01-01T10:00:00Z");
    }
}

package eu.eucaim.workstation.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInStorageTest {
    private static final URI ISSUER = URI.create("https://login.example.org/oidc");
    private static final TokenSet TOKENS = new TokenSet(
            "access-secret",
            "refresh-secret",
            "id-secret",
            Instant.parse("2026-01-01T10:00:00Z"),
            "openid offline_access");

    private final List<String> notices = new ArrayList<>();

    @Test
    void withoutAKeyringTheFileIsUsedAndOneLineSaysWhy(@TempDir Path dir) throws Exception {
        SignInStorage storage = new SignInStorage(dir, SignInStorage.fixed(null, "no D-Bus session"), notices::add);
        TokenStore store = storage.create(ISSUER, "eucaim-workstation", TOKENS.scope());
        assertThat(store).isInstanceOf(FileTokenStore.class);
        store.save(TOKENS);

        assertThat(notices).hasSize(1);
        assertThat(notices.get(0))
                .contains("no D-Bus session")
                .contains(SignInStorage.TOKEN_FILE)
                .doesNotContain("secret");
        Path tokenFile = dir.resolve(SignInStorage.TOKEN_FILE);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(dir.resolve(SignInStorage.RECORD_FILE))))
                    .isEqualTo("rw-------");
        }
        assertThat(Files.readString(dir.resolve(SignInStorage.RECORD_FILE)))
                .contains(ISSUER.toString())
                .contains("eucaim-workstation")
                .doesNotContain("secret");

        // A later run (a new storage object) finds it again, with issuer and client id.
        SignInStorage.Restorable again = new SignInStorage(dir, SignInStorage.fixed(null, "none"), notices::add)
                .load()
                .orElseThrow();
        assertThat(again.issuer()).isEqualTo(ISSUER);
        assertThat(again.clientId()).isEqualTo("eucaim-workstation");
        assertThat(again.tokens()).isEqualTo(TOKENS);

        storage.clear();
        assertThat(storage.load()).isEmpty();
        assertThat(dir.resolve(SignInStorage.RECORD_FILE)).doesNotExist();
        assertThat(tokenFile).doesNotExist();
    }

    @Test
    void withAKeyringOnlyTheRefreshTokenIsKeptAndNoTokenFileIsWritten(@TempDir Path dir) throws Exception {
        InMemorySecrets keyring = new InMemorySecrets();
        SignInStorage storage = new SignInStorage(dir, SignInStorage.fixed(keyring, null), notices::add);
        TokenStore store = storage.create(ISSUER, "eucaim-workstation", TOKENS.scope());
        assertThat(store).isInstanceOf(KeyringTokenStore.class);
        store.save(TOKENS);

        assertThat(keyring.entries.values()).containsExactly("refresh-secret");
        assertThat(dir.resolve(SignInStorage.TOKEN_FILE)).doesNotExist();
        assertThat(notices).isEmpty();
        assertThat(Files.readString(dir.resolve(SignInStorage.RECORD_FILE)))
                .contains("keyring")
                .doesNotContain("secret");

        TokenSet restored = storage.load().orElseThrow().tokens();
        assertThat(restored.refreshToken()).isEqualTo("refresh-secret");
        assertThat(restored.scope()).isEqualTo(TOKENS.scope());
        // The access token was not kept: the restored set is expired, so the first use refreshes it.
        assertThat(restored.expiresWithin(java.time.Duration.ZERO, java.time.Clock.systemUTC()))
                .isTrue();

        storage.clear();
        assertThat(keyring.entries).isEmpty();
        assertThat(storage.load()).isEmpty();
    }

    @Test
    void aSignInSavedInTheKeyringIsSignedOutWhenTheKeyringIsGone(@TempDir Path dir) {
        InMemorySecrets keyring = new InMemorySecrets();
        new SignInStorage(dir, SignInStorage.fixed(keyring, null), notices::add)
                .create(ISSUER, "eucaim-workstation", null)
                .save(TOKENS);
        assertThat(new SignInStorage(dir, SignInStorage.fixed(null, "no D-Bus session"), notices::add).load())
                .isEmpty();
    }

    @Test
    void aNewSignInLeavesNoCopyOfTheOldOneInTheOtherStore(@TempDir Path dir) {
        new SignInStorage(dir, SignInStorage.fixed(null, "none"), notices::add)
                .create(ISSUER, "eucaim-workstation", null)
                .save(TOKENS);
        InMemorySecrets keyring = new InMemorySecrets();
        new SignInStorage(dir, SignInStorage.fixed(keyring, null), notices::add)
                .create(ISSUER, "eucaim-workstation", null)
                .save(TOKENS);
        assertThat(dir.resolve(SignInStorage.TOKEN_FILE)).doesNotExist();
        assertThat(keyring.entries).hasSize(1);
    }

    @Test
    void aDamagedRecordIsSignedOut(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(SignInStorage.RECORD_FILE), "{not json");
        assertThat(new SignInStorage(dir, SignInStorage.fixed(null, "none"), notices::add).load())
                .isEmpty();
    }

    @Test
    void keyringStoreNeverShowsTheToken() {
        InMemorySecrets keyring = new InMemorySecrets();
        KeyringTokenStore store = new KeyringTokenStore(keyring, "acct", null);
        store.save(TOKENS);
        assertThat(store.toString()).doesNotContain("secret");
        assertThat(store.load().orElseThrow().toString()).doesNotContain("secret");
    }
}

package eu.eucaim.workstation.client.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Keeps only the refresh token, in a {@link SecretStore} (the OS keyring). The access token is not kept: it lives
 * minutes, and the next run gets a fresh one with the refresh token. Keyrings also limit a secret's size (Windows:
 * 2,560 bytes), which a JWT access token plus an ID token can pass. A token set without a refresh token cannot be
 * restored, so saving one clears the entry.
 */
public final class KeyringTokenStore implements TokenStore {
    private final SecretStore secrets;
    private final String account;
    private final String scope;
    private final SignInLock lock;

    /**
     * @param account the entry's name in the keyring: one per settings folder, so separate installs and test
     *                homes do not share a sign-in
     * @param scope   the scope granted at sign-in, kept with {@link SignInStorage}'s record (it is not secret)
     */
    public KeyringTokenStore(SecretStore secrets, String account, String scope) {
        this(secrets, account, scope, null);
    }

    /** @param lock shared with the other processes that use this entry; null for none */
    KeyringTokenStore(SecretStore secrets, String account, String scope, SignInLock lock) {
        this.secrets = secrets;
        this.account = account;
        this.scope = scope;
        this.lock = lock;
    }

    @Override
    public <T> T exclusively(Supplier<T> work) {
        return lock == null ? work.get() : lock.holding(work);
    }

    @Override
    public Optional<TokenSet> load() {
        return secrets.read(account).filter(s -> !s.isBlank()).map(this::refreshOnly);
    }

    /** A token set whose access token has expired, so that the first use refreshes it. */
    private TokenSet refreshOnly(String refreshToken) {
        return new TokenSet("", refreshToken, null, Instant.EPOCH, scope);
    }

    @Override
    public void save(TokenSet tokens) {
        if (tokens.refreshToken() == null) {
            secrets.delete(account);
        } else {
            secrets.write(account, tokens.refreshToken());
        }
    }

    @Override
    public void clear() {
        secrets.delete(account);
    }

    @Override
    public String toString() {
        return "KeyringTokenStore[" + secrets.describe() + ", " + account + "]";
    }
}

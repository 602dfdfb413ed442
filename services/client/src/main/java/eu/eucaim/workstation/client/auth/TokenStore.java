package eu.eucaim.workstation.client.auth;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a sign-in is kept between runs: {@link FileTokenStore} or {@link KeyringTokenStore}, chosen by
 * {@link SignInStorage}.
 */
public interface TokenStore {
    Optional<TokenSet> load();

    void save(TokenSet tokens);

    /** Sign out: forget the tokens. */
    void clear();

    /**
     * Runs {@code work} while no other thread or process that shares this store changes it: what it loads stays what
     * was saved until it saves. A store only this process sees (a test's) just runs it.
     */
    default <T> T exclusively(Supplier<T> work) {
        return work.get();
    }
}

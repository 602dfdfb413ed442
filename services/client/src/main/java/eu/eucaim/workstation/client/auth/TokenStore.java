package eu.eucaim.workstation.client.auth;

import java.util.Optional;

/**
 * Where a sign-in is kept between runs: {@link FileTokenStore} or {@link KeyringTokenStore}, chosen by
 * {@link SignInStorage}.
 */
public interface TokenStore {
    Optional<TokenSet> load();

    void save(TokenSet tokens);

    /** Sign out: forget the tokens. */
    void clear();
}

package eu.eucaim.workstation.client.auth;

import java.util.Optional;

/** Where a sign-in is kept between runs: a file now, the OS keyring later. */
public interface TokenStore {
    Optional<TokenSet> load();

    void save(TokenSet tokens);

    /** Sign out: forget the tokens. */
    void clear();
}

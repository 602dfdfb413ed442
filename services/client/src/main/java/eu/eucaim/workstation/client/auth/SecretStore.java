package eu.eucaim.workstation.client.auth;

import java.util.Optional;

/** Named secrets kept by the operating system (the OS keyring), or by a stand-in in tests. */
public interface SecretStore {
    Optional<String> read(String account);

    void write(String account, String secret);

    /** Removes the secret; nothing happens when there is none. */
    void delete(String account);

    /** Where the secrets are, in words for a log line or the docs, e.g. "the OS keyring (Secret Service)". */
    String describe();
}

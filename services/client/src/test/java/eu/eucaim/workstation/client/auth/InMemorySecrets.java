package eu.eucaim.workstation.client.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A keyring stand-in for machines without one (CI); the real keyring is tested where it exists. */
public final class InMemorySecrets implements SecretStore {
    public final Map<String, String> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<String> read(String account) {
        return Optional.ofNullable(entries.get(account));
    }

    @Override
    public void write(String account, String secret) {
        entries.put(account, secret);
    }

    @Override
    public void delete(String account) {
        entries.remove(account);
    }

    @Override
    public String describe() {
        return "an in-memory keyring";
    }
}

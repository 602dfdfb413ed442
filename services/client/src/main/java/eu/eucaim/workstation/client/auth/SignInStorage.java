package eu.eucaim.workstation.client.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.platform.AtomicFile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the sign-in is kept between runs, shared by the desktop app and the command line: the refresh token in the
 * OS keyring when there is one ({@link KeyringTokenStore}), else all tokens in {@value #TOKEN_FILE}, a file only the
 * user can read ({@link FileTokenStore}). A small record, {@value #RECORD_FILE}, says which issuer and client id
 * the sign-in belongs to, the identity of that provider's signing keys ({@link ProviderKeys}) and which store holds
 * it, so that a later run refreshes at the right provider and looks in the right place even if the keyring has since
 * become unavailable (it then reports signed out). Every change holds {@link SignInLock}, shared with the other
 * processes that use the same folder.
 */
public final class SignInStorage {
    public static final String RECORD_FILE = "sign-in.json";
    public static final String TOKEN_FILE = "sign-in-tokens.json";
    static final String KEYRING = "keyring";
    static final String FILE = "file";
    private static final Duration PROBE_WAIT = Duration.ofSeconds(10);

    /**
     * What {@value #RECORD_FILE} holds: nothing secret.
     *
     * @param providerKeys thumbprints of the provider's signing keys when it was signed in at; absent in records
     *                     written before they were kept
     */
    record Saved(
            @JsonProperty("issuer") URI issuer,
            @JsonProperty("clientId") String clientId,
            @JsonProperty("store") String store,
            @JsonProperty("scope") String scope,
            @JsonProperty("providerKeys") List<String> providerKeys) {
        Saved {
            providerKeys = providerKeys == null ? List.of() : List.copyOf(providerKeys);
        }
    }

    /**
     * A saved sign-in: where to refresh it, the tokens as stored (a keyring gives back only the refresh token), and
     * the thumbprints of its provider's signing keys (empty when not known).
     */
    public record Restorable(URI issuer, String clientId, TokenSet tokens, TokenStore store, Set<String> providerKeys) {
        public Restorable {
            providerKeys = Set.copyOf(providerKeys);
        }
    }

    private final Path dir;
    private final Supplier<OsKeyring.Probe> keyring;
    private final Consumer<String> notice;
    private final SignInLock lock;
    private OsKeyring.Probe probed;

    /**
     * @param dir     the settings folder
     * @param keyring looks for the OS keyring; asked once, the first time a store is needed
     * @param notice  gets one line when the keyring is not used and why (never a token)
     */
    public SignInStorage(Path dir, Supplier<OsKeyring.Probe> keyring, Consumer<String> notice) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.notice = Objects.requireNonNull(notice, "notice");
        this.lock = new SignInLock(dir);
    }

    /** The real OS keyring, found through the process environment. */
    public static SignInStorage in(Path configDir, Consumer<String> notice) {
        return new SignInStorage(configDir, () -> OsKeyring.probe(System.getenv(), PROBE_WAIT), notice);
    }

    /**
     * Where a new sign-in goes: the keyring if there is one, else the file. Any earlier sign-in is forgotten first,
     * so that no stale copy stays behind in the other store. The caller saves the tokens into the returned store.
     */
    public synchronized TokenStore create(URI issuer, String clientId, String scope) {
        return create(issuer, clientId, scope, Set.of());
    }

    private TokenStore create(URI issuer, String clientId, String scope, Set<String> providerKeys) {
        return lock.holding(() -> {
            clear();
            Optional<SecretStore> secrets = keyring().keyring();
            String kind = secrets.isPresent() ? KEYRING : FILE;
            writeRecord(new Saved(issuer, clientId, kind, scope, List.copyOf(providerKeys)));
            return secrets.<TokenStore>map(s -> new KeyringTokenStore(s, account(), scope, lock))
                    .orElseGet(this::fileStore);
        });
    }

    /**
     * Saves a new sign-in in place of any earlier one, in one step for the other processes.
     *
     * @param providerKeys the thumbprints of the provider's signing keys (see {@link ProviderKeys}); may be empty
     * @return the store that holds it now
     */
    public synchronized TokenStore keep(URI issuer, String clientId, TokenSet tokens, Set<String> providerKeys) {
        return lock.holding(() -> {
            TokenStore store = create(issuer, clientId, tokens.scope(), providerKeys);
            store.save(tokens);
            return store;
        });
    }

    /** The saved sign-in, if there is one and its store still has its tokens. */
    public synchronized Optional<Restorable> load() {
        Optional<Saved> saved = record();
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        Saved s = saved.get();
        TokenStore store;
        if (KEYRING.equals(s.store())) {
            Optional<SecretStore> secrets = keyring().keyring();
            if (secrets.isEmpty()) {
                return Optional.empty();
            }
            store = new KeyringTokenStore(secrets.get(), account(), s.scope(), lock);
        } else {
            store = fileStore();
        }
        return store.load()
                .map(tokens ->
                        new Restorable(s.issuer(), s.clientId(), tokens, store, new LinkedHashSet<>(s.providerKeys())));
    }

    /**
     * The same provider now answers at another address (the embedded node on a new port): rewrites the record,
     * unless the saved sign-in has changed meanwhile (another process signed in elsewhere or out).
     *
     * @param from the address the caller found in the record
     * @return whether the record was rewritten
     */
    synchronized boolean retarget(URI from, URI issuer) {
        return lock.holding(() -> {
            Optional<Saved> now = record().filter(s -> s.issuer().equals(from));
            now.ifPresent(s -> writeRecord(new Saved(issuer, s.clientId(), s.store(), s.scope(), s.providerKeys())));
            return now.isPresent();
        });
    }

    /**
     * Sign out: the saved sign-in as it was, and forgotten in the same step (both stores and the record), even when
     * its tokens cannot be read.
     */
    public synchronized Optional<Restorable> forget() {
        return lock.holding(() -> {
            Optional<Restorable> saved;
            try {
                saved = load();
            } catch (AuthException unreadable) {
                saved = Optional.empty();
            }
            clear();
            return saved;
        });
    }

    private void writeRecord(Saved saved) {
        try {
            byte[] json = Json.mapper().writeValueAsBytes(saved);
            AtomicFile.writeOwnerOnly(dir.resolve(RECORD_FILE), out -> out.write(json));
        } catch (IOException e) {
            throw new AuthException(
                    "Cannot save the sign-in to " + dir.resolve(RECORD_FILE) + ": " + e.getMessage(), e);
        }
    }

    /** Sign out: forgets the tokens in both stores and the record. */
    public synchronized void clear() {
        lock.holding(() -> {
            fileStore().clear();
            if (record().filter(s -> KEYRING.equals(s.store())).isPresent()) {
                keyring().keyring().ifPresent(k -> k.delete(account()));
            }
            try {
                Files.deleteIfExists(dir.resolve(RECORD_FILE));
            } catch (IOException e) {
                throw new AuthException(
                        "Cannot remove the saved sign-in " + dir.resolve(RECORD_FILE) + ": " + e.getMessage(), e);
            }
        });
    }

    /** The provider of the saved sign-in, read from the record alone (no keyring access). */
    public synchronized Optional<URI> issuer() {
        return record().map(Saved::issuer);
    }

    /** Where a new sign-in would be kept, in words (for messages and {@code eucaim login}). */
    public synchronized String describe() {
        return keyring()
                .keyring()
                .map(SecretStore::describe)
                .orElse(dir.resolve(TOKEN_FILE) + " (readable only by you)");
    }

    private Optional<Saved> record() {
        Path file = dir.resolve(RECORD_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Saved s = Json.mapper().readValue(file.toFile(), Saved.class);
            return s.issuer() == null || s.clientId() == null ? Optional.empty() : Optional.of(s);
        } catch (IOException e) {
            // A damaged record is a signed-out state: signing in again rewrites it.
            return Optional.empty();
        }
    }

    private FileTokenStore fileStore() {
        return new FileTokenStore(dir.resolve(TOKEN_FILE), lock);
    }

    /** One keyring entry per settings folder. */
    private String account() {
        return "sign-in " + dir.toAbsolutePath().normalize();
    }

    private OsKeyring.Probe keyring() {
        if (probed == null) {
            probed = keyring.get();
            if (probed.keyring().isEmpty()) {
                notice.accept("No OS keyring: " + probed.reason() + "; the sign-in is kept in "
                        + dir.resolve(TOKEN_FILE) + ", readable only by you");
            }
        }
        return probed;
    }

    /** Makes a probe result from a given store, or none: for tests and for callers that already know. */
    public static Supplier<OsKeyring.Probe> fixed(SecretStore secrets, String reasonIfNone) {
        return () -> new OsKeyring.Probe(Optional.ofNullable(secrets), secrets == null ? reasonIfNone : null);
    }
}

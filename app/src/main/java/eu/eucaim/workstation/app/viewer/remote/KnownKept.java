package eu.eucaim.workstation.app.viewer.remote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Instances known to be in the library, by SOP Instance UID: found for a whole series when it is opened and added as
 * they are kept, so that the decoders do not ask the library's index once per image. Checked on use: the library
 * may have evicted one since, and then the library is asked.
 */
final class KnownKept {
    /** Enough for several large series; past it the map starts again (a miss only costs an index look-up). */
    static final int MAX = 50_000;

    private final InstanceKeeper keeper;
    private final Map<String, Path> known = new ConcurrentHashMap<>();

    KnownKept(InstanceKeeper keeper) {
        this.keeper = keeper;
    }

    /** Adds what the library said it has (kept from a series reply, or found for a series being opened). */
    void remember(Map<String, Path> kept) {
        if (known.size() + kept.size() > MAX) {
            known.clear();
        }
        known.putAll(kept);
    }

    /** One instance kept at {@code file} (a keeper that keeps nothing gives the fetched file back: not kept). */
    void kept(String sopInstanceUid, Path file, Path fetched) {
        if (!file.equals(fetched)) {
            known.put(sopInstanceUid, file);
        }
    }

    /** Whether the instance is known to be kept, without looking at the disk or the library. */
    boolean known(String sopInstanceUid) {
        return known.containsKey(sopInstanceUid);
    }

    /** The library's copy: the one known, if its file is still there, else the library's answer. */
    Optional<Path> find(String sopInstanceUid) {
        Optional<Path> file = knownFile(sopInstanceUid);
        return file.isPresent() ? file : keeper.find(sopInstanceUid);
    }

    /**
     * The copy known, if its file is still there, without asking the library: what this app kept since it asked is
     * known (it is recorded before the fetch that kept it ends).
     */
    Optional<Path> knownFile(String sopInstanceUid) {
        Path file = known.get(sopInstanceUid);
        if (file == null) {
            return Optional.empty();
        }
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        known.remove(sopInstanceUid, file); // evicted or deleted since
        return Optional.empty();
    }

    void forget() {
        known.clear();
    }
}

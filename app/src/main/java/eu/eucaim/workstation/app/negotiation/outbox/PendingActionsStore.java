package eu.eucaim.workstation.app.negotiation.outbox;

import eu.eucaim.workstation.api.ActionKey;
import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.settings.StoredFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The outbox on disk, in the app's data folder ({@code negotiator-outbox/}): {@code pending-actions.json}, written
 * whole and atomically after every change (a crash never leaves half a queue), and {@code files/<key>/<name>}, the
 * copies of the files of messages not sent yet. An unreadable queue file is set aside with a sentence for the user,
 * never overwritten.
 */
public final class PendingActionsStore {
    private static final System.Logger LOG = System.getLogger(PendingActionsStore.class.getName());

    private final Path folder;
    private final StoredFile<PendingActionsFile> file;

    /** What the file holds; {@code version} says which shape, for a later one to read. */
    public record PendingActionsFile(int version, List<PendingAction> actions) {
        static final int CURRENT = 1;

        public PendingActionsFile {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }

        PendingActionsFile checked() {
            if (version != CURRENT) {
                throw new IllegalArgumentException("version " + version + ", expected " + CURRENT);
            }
            return this;
        }
    }

    public PendingActionsStore(Path folder) {
        this.folder = folder;
        this.file = new StoredFile<>(
                folder.resolve("pending-actions.json"),
                PendingActionsFile.class,
                "Negotiator outbox",
                new PendingActionsFile(PendingActionsFile.CURRENT, List.of()),
                PendingActionsFile::checked);
    }

    public static PendingActionsStore in(UserDirectories dirs) {
        return new PendingActionsStore(dirs.data().resolve("negotiator-outbox"));
    }

    public Path folder() {
        return folder;
    }

    /**
     * The queue as it was left, and a sentence when its file could not be read. Copies of files that no queued
     * action needs any more (the app stopped between sending a message and removing its copy) are removed.
     */
    public StoredFile.Loaded<List<PendingAction>> load() {
        StoredFile.Loaded<PendingActionsFile> loaded = file.load();
        List<PendingAction> actions = loaded.value().actions();
        removeFilesOtherThan(actions.stream().map(a -> a.key().value()).collect(Collectors.toSet()));
        return new StoredFile.Loaded<>(actions, loaded.warning());
    }

    public void save(List<PendingAction> actions) throws IOException {
        file.save(new PendingActionsFile(PendingActionsFile.CURRENT, actions));
    }

    /** Copies the user's {@code source} into the outbox for the action {@code key}; the copy keeps its name. */
    public NegotiatorAction.QueuedFile keep(ActionKey key, Path source, String contentType) throws IOException {
        Path name = source.getFileName();
        if (name == null || !Files.isRegularFile(source)) {
            throw new IOException("'" + source + "' is not a file that can be sent");
        }
        NegotiatorAction.QueuedFile queued = new NegotiatorAction.QueuedFile(name.toString(), contentType);
        Path copy = fileOf(key, queued);
        Files.createDirectories(copy.getParent());
        Path partial = copy.resolveSibling(name + ".partial");
        Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return queued;
    }

    /** Where the outbox keeps {@code file} of the action {@code key}. */
    public Path fileOf(ActionKey key, NegotiatorAction.QueuedFile file) {
        return dirOf(key).resolve(file.name());
    }

    /** Removes what the outbox kept for the action {@code key} (it was sent, refused or discarded). */
    public void forget(ActionKey key) {
        delete(dirOf(key));
    }

    /** One folder per action, inside {@code files/} whatever the key says (the queue file is the user's to edit). */
    private Path dirOf(ActionKey key) {
        Path dir = files().resolve(key.value()).normalize();
        if (!files().normalize().equals(dir.getParent())) {
            throw new IllegalArgumentException("An action key is not a folder name: " + key);
        }
        return dir;
    }

    private Path files() {
        return folder.resolve("files");
    }

    private void removeFilesOtherThan(Set<String> keys) {
        if (!Files.isDirectory(files())) {
            return;
        }
        try (Stream<Path> dirs = Files.list(files())) {
            dirs.filter(d -> !keys.contains(d.getFileName().toString())).forEach(PendingActionsStore::delete);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot list the outbox's files in {0}: {1}", files(), e.toString());
        }
    }

    /** Best effort: a copy left behind costs disk space only, and the next start tries again. */
    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot remove {0}: {1}", dir, e.toString());
        }
    }
}

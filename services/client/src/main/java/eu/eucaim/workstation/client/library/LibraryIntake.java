package eu.eucaim.workstation.client.library;

import eu.eucaim.workstation.api.library.FetchedInstance;
import eu.eucaim.workstation.api.library.InstanceOrigin;
import eu.eucaim.workstation.api.library.LibraryException;
import eu.eucaim.workstation.api.library.StoreOutcome;
import eu.eucaim.workstation.common.NamedThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * The first half of a store, outside the library's lock: each file handed over is taken into {@code tmp/} (moved, or
 * copied), forced to the disk and checked against its origin ({@link InstanceCheck}). A single file is taken on the
 * caller's thread; a batch's files in parallel, since a force mostly waits for the disk and forces issued together
 * share the file system's journal commits (300 files of 512 KiB on this project's 2-core VM: 0.8 s forced one after
 * another, 0.1 s eight at a time).
 */
final class LibraryIntake implements AutoCloseable {
    /** Files of a batch taken at once. */
    static final int THREADS = 8;

    /** A file taken into {@code tmp/}, forced and checked: ready to be moved to {@code target} and indexed. */
    record Taken(int at, InstanceOrigin origin, Path temp, InstanceCheck.Header header, long bytes, Path target) {}

    private final LibraryFolder folder;
    private final ExecutorService threads =
            Executors.newFixedThreadPool(THREADS, NamedThreads.daemon("eucaim-library-intake"));

    LibraryIntake(LibraryFolder folder) {
        this.folder = folder;
    }

    /**
     * Takes the files of {@code batch} at the positions {@code todo}; a file that fails is refused alone, at its
     * position in {@code out}, and leaves nothing in {@code tmp/}. The caller deletes the temp files it does not move.
     */
    List<Taken> takeAll(List<FetchedInstance> batch, List<Integer> todo, boolean move, StoreOutcome[] out) {
        List<CompletableFuture<Taken>> running = new ArrayList<>();
        for (int i : todo) {
            running.add(todo.size() == 1 ? takeHere(i, batch.get(i), move) : takeThere(i, batch.get(i), move));
        }
        List<Taken> taken = new ArrayList<>();
        for (int k = 0; k < todo.size(); k++) {
            int i = todo.get(k);
            try {
                taken.add(running.get(k).join());
            } catch (CompletionException e) {
                out[i] = StoreOutcome.refused(
                        batch.get(i).origin(),
                        e.getCause() instanceof RuntimeException r ? r : new LibraryException(e.getMessage(), e));
            }
        }
        return taken;
    }

    private CompletableFuture<Taken> takeHere(int at, FetchedInstance f, boolean move) {
        try {
            return CompletableFuture.completedFuture(take(at, f, move));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Taken> takeThere(int at, FetchedInstance f, boolean move) {
        try {
            return CompletableFuture.supplyAsync(() -> take(at, f, move), threads);
        } catch (RejectedExecutionException closed) {
            return CompletableFuture.failedFuture(
                    new LibraryException("The offline library " + folder.root() + " is closed"));
        }
    }

    private Taken take(int at, FetchedInstance f, boolean move) {
        InstanceOrigin origin = f.origin();
        Path temp;
        try {
            temp = move ? folder.moveToTemp(f.file()) : folder.copyToTemp(f.file());
        } catch (IOException e) {
            throw cannotKeep(folder, origin.toString(), e);
        }
        try {
            InstanceCheck.Header header = InstanceCheck.check(origin, temp);
            return new Taken(
                    at,
                    origin,
                    temp,
                    header,
                    Files.size(temp),
                    folder.file(LibraryFolder.fileName(origin.sopInstanceUid())));
        } catch (IOException e) {
            LocalImageLibrary.deleteQuietly(temp);
            throw cannotKeep(folder, origin.toString(), e);
        } catch (RuntimeException e) {
            LocalImageLibrary.deleteQuietly(temp);
            throw e;
        }
    }

    static LibraryException cannotKeep(LibraryFolder folder, String what, Exception e) {
        return new LibraryException(
                "Cannot keep " + what + " in the offline library " + folder.root() + ": " + e.getMessage(), e);
    }

    /** Lets the files being taken finish; later batches are refused as the library is closed. */
    @Override
    public void close() {
        threads.shutdown();
    }
}

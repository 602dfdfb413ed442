package eu.eucaim.workstation.client.auth;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One change at a time to a saved sign-in, across the threads of this process and across processes (the desktop app
 * and any number of {@code eucaim} commands): an exclusive {@link FileChannel#lock() file lock} on
 * {@value #FILE} beside the sign-in record, taken after a lock per folder within this process (a JVM may hold only
 * one file lock on a file). Re-entrant. The file is empty, owner-only, and stays: deleting a lock file while another
 * process waits on it would let two in. Where the folder cannot be locked (a file system without locks) the work runs
 * with the in-process lock alone.
 */
final class SignInLock {
    static final String FILE = "sign-in.lock";
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final ReentrantLock threads;

    SignInLock(Path dir) {
        this.file = dir.toAbsolutePath().normalize().resolve(FILE);
        this.threads = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
    }

    <T> T holding(Supplier<T> work) {
        threads.lock();
        try {
            if (threads.getHoldCount() > 1) {
                return work.get();
            }
            FileChannel locked = lockFile();
            try {
                return work.get();
            } finally {
                close(locked);
            }
        } finally {
            threads.unlock();
        }
    }

    void holding(Runnable work) {
        holding(() -> {
            work.run();
            return null;
        });
    }

    /** The channel holding the lock (closing it releases the lock), or null when the file cannot be locked. */
    private FileChannel lockFile() {
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), ownerOnly());
            channel.lock();
            return channel;
        } catch (IOException | OverlappingFileLockException | UnsupportedOperationException e) {
            close(channel);
            return null;
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the channel or, at the latest, with the process
            }
        }
    }

    @Override
    public String toString() {
        return "SignInLock[" + file + "]";
    }
}

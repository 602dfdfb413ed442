package eu.eucaim.workstation.node.samples;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Who is writing one sample set: an exclusive lock on {@code <set>.lock} beside its folder, held while a node
 * generates the set. The operating system drops a process's locks when it ends, however it ends ({@code kill -9}
 * too), so a partial folder nobody holds the lock of is left over from a node that died, whatever its age; nodes
 * on other machines sharing the folder over NFS see the lock too, where a process id would mean nothing. The lock
 * file itself stays: deleting it would let two nodes lock two different files of the same name.
 */
final class GenerationLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private GenerationLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when a node (of any process, this one included) holds it now. */
    static Optional<GenerationLock> tryAcquire(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new GenerationLock(channel, lock));
            }
        } catch (OverlappingFileLockException heldInThisProcess) {
            // another SampleStore of this JVM (a second node on the same folder) is generating the set
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}

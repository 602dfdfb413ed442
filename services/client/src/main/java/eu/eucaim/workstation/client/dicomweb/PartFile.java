package eu.eucaim.workstation.client.dicomweb;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A new file for one part of a reply, created and opened for writing in one step. Not {@code createTempFile} and
 * then an open for writing: that opens the file twice, names it from a secure random source, and the second open
 * truncates it, after which ext4 writes the file out when it is closed (its guard for files replaced by
 * truncation), on the thread that reads the reply. A series reply makes hundreds of these.
 */
record PartFile(Path path, OutputStream out) implements AutoCloseable {
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime());

    /** A file named {@code part-<n>.dcm} in {@code folder} that did not exist before. */
    static PartFile create(Path folder) throws IOException {
        return create(folder, NEXT::getAndIncrement);
    }

    /** As {@link #create(Path)}, numbered by {@code numbers} (tests choose them). */
    static PartFile create(Path folder, LongSupplier numbers) throws IOException {
        while (true) {
            Path file = folder.resolve("part-" + Long.toUnsignedString(numbers.getAsLong(), 36) + ".dcm");
            try {
                return new PartFile(
                        file, Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                // left by another process or an earlier run: take the next name
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

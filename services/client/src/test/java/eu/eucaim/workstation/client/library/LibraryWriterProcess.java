package eu.eucaim.workstation.client.library;

import eu.eucaim.workstation.api.library.ImageLibrary;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process that stores instances into a library as fast as it can, for {@link LibraryKillTest} to kill mid-write:
 * {@code <library> <work folder> <study> <count> <pixel bytes>}. It prints "open" once it holds the library, then
 * "stored <i>" after each store returned; each instance file is written into the work folder first.
 */
public final class LibraryWriterProcess {
    private LibraryWriterProcess() {}

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        int study = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        int pixelBytes = Integer.parseInt(args[4]);
        try (LocalImageLibrary lib = LocalImageLibrary.open(library, ImageLibrary.DEFAULT_LIMIT_BYTES, null)) {
            System.out.println("open");
            System.out.flush();
            for (int i = 1; i <= count; i++) {
                Path file = TestInstances.write(work, study, 1, i, pixelBytes);
                lib.store(TestInstances.origin(study, 1, i), file);
                Files.delete(file);
                System.out.println("stored " + i);
                System.out.flush();
            }
        }
        System.out.println("done");
    }
}

package eu.eucaim.workstation.client.library;

import eu.eucaim.workstation.api.library.FetchedInstance;
import eu.eucaim.workstation.api.library.ImageLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A process that stores instances into a library as fast as it can, for {@link LibraryKillTest} to kill mid-write:
 * {@code <library> <work folder> <study> <count> <pixel bytes> [<batch size> [hold]]}. It prints "open" once it holds
 * the library, then "stored <i>" after each store returned; each instance file is written into the work folder first.
 * With a batch size it stores that many at a time ({@link ImageLibrary#storeAllTaking}); with {@code hold} it prints
 * "moved <i>" once the first batch's files are in place and waits there, before their rows are committed, to be killed.
 */
public final class LibraryWriterProcess {
    private LibraryWriterProcess() {}

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        int study = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        int pixelBytes = Integer.parseInt(args[4]);
        int batch = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        boolean hold = args.length > 6 && args[6].equals("hold");
        try (LocalImageLibrary lib = LocalImageLibrary.open(library, ImageLibrary.DEFAULT_LIMIT_BYTES, null)) {
            System.out.println("open");
            System.out.flush();
            if (batch == 0) {
                for (int i = 1; i <= count; i++) {
                    Path file = TestInstances.write(work, study, 1, i, pixelBytes);
                    lib.store(TestInstances.origin(study, 1, i), file);
                    Files.delete(file);
                    System.out.println("stored " + i);
                    System.out.flush();
                }
            } else {
                if (hold) {
                    lib.beforeCommit(() -> {
                        System.out.println("moved " + batch);
                        System.out.flush();
                        try {
                            Thread.sleep(120_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                }
                for (int from = 1; from <= count; from += batch) {
                    List<FetchedInstance> fetched = new ArrayList<>();
                    for (int i = from; i < from + batch && i <= count; i++) {
                        fetched.add(new FetchedInstance(
                                TestInstances.origin(study, 1, i), TestInstances.write(work, study, 1, i, pixelBytes)));
                    }
                    lib.storeAllTaking(fetched);
                    for (int i = from; i < from + fetched.size(); i++) {
                        System.out.println("stored " + i);
                    }
                    System.out.flush();
                }
            }
        }
        System.out.println("done");
    }
}

package eu.eucaim.workstation.client.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Brings the index and the files back in step at open, after a crash or a hand in the folder: temp files are
 * deleted (a write that never finished), index rows whose file is gone are dropped, and files no row names (a crash
 * between the move and the insert, or between a delete's commit and its file deletions) are deleted. Runs while the
 * library holds the index's lock, so no store of this or another process is under way.
 */
final class LibraryRepair {
    /** What one repair did. */
    record Report(int rowsDropped, int orphansDeleted, int tempsDeleted) {
        boolean changedAnything() {
            return rowsDropped + orphansDeleted + tempsDeleted > 0;
        }
    }

    private LibraryRepair() {}

    static Report run(LibraryFolder folder, LibraryIndex index) throws IOException, SQLException {
        int temps = deleteAll(folder.temp());
        Map<String, String> indexed = index.allFiles();
        List<String> missing = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (Map.Entry<String, String> e : indexed.entrySet()) {
            if (Files.isRegularFile(folder.file(e.getValue()))) {
                present.add(e.getValue());
            } else {
                missing.add(e.getKey());
            }
        }
        if (!missing.isEmpty()) {
            index.dropInstances(missing);
            index.commit();
        }
        int orphans = 0;
        if (Files.isDirectory(folder.instances())) {
            try (Stream<Path> walk = Files.walk(folder.instances())) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    if (!present.contains(p.getFileName().toString())
                            || !p.equals(folder.file(p.getFileName().toString()))) {
                        Files.deleteIfExists(p);
                        orphans++;
                    }
                }
            }
        }
        return new Report(missing.size(), orphans, temps);
    }

    private static int deleteAll(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                if (Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                    n++;
                }
            }
        }
        return n;
    }
}

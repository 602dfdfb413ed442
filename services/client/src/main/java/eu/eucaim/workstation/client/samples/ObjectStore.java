package eu.eucaim.workstation.client.samples;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The offline library's content-addressed store: every file once, at {@code objects/<first two hex digits>/<SHA-256>.dcm},
 * however many datasets or nodes list it. A file's name is its checked content hash, so two listings of the same bytes
 * share one copy, and a name never needs the server's path.
 */
final class ObjectStore {
    static final String FOLDER = "objects";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ObjectStore() {}

    /** Where the file with this hash is kept below the library's root. */
    static Path path(Path libraryRoot, String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: '" + sha256 + "'");
        }
        return libraryRoot.resolve(FOLDER).resolve(sha256.substring(0, 2)).resolve(sha256 + ".dcm");
    }
}

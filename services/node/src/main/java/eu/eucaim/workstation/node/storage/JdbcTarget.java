package eu.eucaim.workstation.node.storage;

import java.nio.file.Path;

/** Where the database is: a JDBC URL with optional credentials. */
public record JdbcTarget(String url, String user, String password) {

    /**
     * An H2 file database for one process: {@code AUTO_SERVER=FALSE} and H2's default file lock, so a second
     * process fails clearly instead of sharing the file.
     */
    public static JdbcTarget h2File(Path file) {
        return new JdbcTarget("jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=FALSE", "sa", "");
    }

    /** The URL without any password, for messages and logs. */
    public String describe() {
        return url.replaceAll("(?i)password=[^&;]*", "password=***");
    }
}

package eu.eucaim.workstation.node.storage;

import java.nio.file.Path;

/** Where the database is: a JDBC URL with optional credentials. */
public record JdbcTarget(String url, String user, String password) {

    /**
     * An H2 file database for one process: {@code AUTO_SERVER=FALSE} and H2's default file lock, so a second
     * process fails clearly instead of sharing the file. {@code DB_CLOSE_ON_EXIT=FALSE}: the node closes its
     * database itself when the process ends (the app's and the node command's exit hooks stop it); H2's own exit
     * hook would close it at the same moment, under the requests still finishing.
     */
    public static JdbcTarget h2File(Path file) {
        return new JdbcTarget(
                "jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** The URL without any password, for messages and logs. */
    public String describe() {
        return url.replaceAll("(?i)password=[^&;]*", "password=***");
    }
}

package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.node.NodeConfig;
import java.net.BindException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever {@code EucaimNode.start} threw into one sentence for the terminal. Looks through the cause chain
 * for the two failures people cause and can fix (a port in use, a database that cannot be opened) and never
 * repeats a password: JDBC URLs and driver messages can carry one.
 */
final class NodeStartFailure {
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)password=([^&;]*)");

    private NodeStartFailure() {}

    static String describe(Throwable failure, NodeConfig config) {
        String message;
        if (find(failure, BindException.class) != null) {
            message = "port " + config.port() + " on " + config.bindAddress()
                    + " is already in use; choose another with --port (0 picks a free one)";
        } else if (find(failure, SQLException.class) != null) {
            String where = config.jdbcUrl() != null ? config.jdbcUrl() : "the H2 database in " + config.dataDir();
            message = "cannot open the database " + where + ": " + text(find(failure, SQLException.class));
        } else {
            // NodeStartException's message is written for people; other exceptions are bugs, named by their class.
            message = "cannot start the node: " + text(failure.getMessage() != null ? failure : rootCause(failure));
        }
        return redact(message, config.jdbcPassword(), config.jdbcUrl());
    }

    /** Replaces the password given as an option and any password in the JDBC URL, wherever they appear. */
    static String redact(String message, String password, String jdbcUrl) {
        String redacted = message;
        if (jdbcUrl != null) {
            Matcher m = URL_PASSWORD.matcher(jdbcUrl);
            while (m.find()) {
                redacted = hide(redacted, m.group(1));
            }
        }
        return hide(redacted, password);
    }

    private static String hide(String text, String secret) {
        return secret == null || secret.isEmpty() ? text : text.replace(secret, "***");
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String text(Throwable t) {
        String m = t.getMessage();
        // One line: driver messages sometimes carry a hint on a second line.
        return m == null || m.isBlank()
                ? t.getClass().getSimpleName()
                : m.strip().lines().findFirst().orElse(m);
    }
}

package eu.eucaim.workstation.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The node's version, from the build (node.properties is filtered by Maven). */
final class NodeVersion {
    private NodeVersion() {}

    static String current() {
        try (InputStream in = NodeVersion.class.getResourceAsStream("node.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package eu.eucaim.workstation.node.http;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;

/** The {@code charset} a {@code Content-Type} names must be one this JVM knows: else 400, not a failure later. */
final class Charsets {
    private Charsets() {}

    static void check(String contentType) {
        if (contentType == null) {
            return;
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).strip().replace("\"", "");
                boolean known;
                try {
                    known = !name.isEmpty() && Charset.isSupported(name);
                } catch (IllegalCharsetNameException e) {
                    known = false;
                }
                if (!known) {
                    throw ApiException.badRequest("The Content-Type names the charset '" + name
                            + "', which this node does not know; send UTF-8");
                }
            }
        }
    }
}

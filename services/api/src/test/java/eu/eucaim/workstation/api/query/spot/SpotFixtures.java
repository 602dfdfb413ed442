package eu.eucaim.workstation.api.query.spot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The wire examples in this module's test resources {@code spot/} (see the README there), for every module's tests. */
public final class SpotFixtures {
    private SpotFixtures() {}

    /** The text of {@code spot/<name>}, stripped of the final line break. */
    public static String read(String name) {
        try (InputStream in = SpotFixtures.class.getResourceAsStream("/spot/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture spot/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package eu.eucaim.workstation.app.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Dashboard says about one way to take part in EUCAIM, read from {@code roles/<ROLE>.md} (a small
 * markdown: a "# " title, the line naming its source, "## " sections with "- " points or paragraphs).
 */
public record RolePage(String title, String source, List<Section> sections) {
    /** A heading and its points. */
    public record Section(String heading, List<String> points) {}

    public static RolePage of(Role role) {
        try (InputStream in = RolePage.class.getResourceAsStream("roles/" + role.name() + ".md")) {
            if (in == null) {
                throw new IllegalStateException("No page for the role " + role + " (roles/" + role.name() + ".md)");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RolePage parse(String text) {
        String title = "";
        StringBuilder source = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<String> points = new ArrayList<>();
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.startsWith("## ")) {
                if (heading != null) {
                    sections.add(new Section(heading, List.copyOf(points)));
                }
                heading = line.substring(3).strip();
                points = new ArrayList<>();
            } else if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (!line.isEmpty() && heading == null) {
                source.append(source.length() == 0 ? "" : " ").append(line);
            } else if (!line.isEmpty()) {
                points.add(line.startsWith("- ") ? line.substring(2).strip() : line);
            }
        }
        if (heading != null) {
            sections.add(new Section(heading, List.copyOf(points)));
        }
        return new RolePage(title, source.toString(), List.copyOf(sections));
    }
}

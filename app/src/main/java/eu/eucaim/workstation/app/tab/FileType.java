package eu.eucaim.workstation.app.tab;

import java.util.List;

/** A kind of file offered in a file chooser, e.g. "Query report (*.json)". */
public record FileType(String description, List<String> patterns) {
    public FileType {
        patterns = List.copyOf(patterns);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("A file type needs at least one pattern, e.g. *.json");
        }
    }

    public static FileType of(String description, String... patterns) {
        return new FileType(description, List.of(patterns));
    }
}

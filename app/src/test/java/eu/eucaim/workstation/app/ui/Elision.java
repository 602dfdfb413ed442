package eu.eucaim.workstation.app.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds what a window shows cut short: a label or button whose drawn text is not its text (JavaFX draws "Ru…" for
 * "Run query" when the control is given less than its preferred width). Cells of lists and tables are left out:
 * a long name abbreviated in a list row, with the whole name a hover away, is the usual way to show it.
 */
final class Elision {
    private Elision() {}

    /** What is shown cut short under {@code root}, as "id or class: drawn (of 'text')", for the assertion message. */
    static List<String> under(Node root) {
        List<String> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible() || node instanceof Cell<?>) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            drawn(l).filter(d -> !d.equals(l.getText().replace("_", "")) && !d.equals(l.getText()))
                    .ifPresent(d -> found.add(name(l) + ": '" + d + "' (of '" + l.getText() + "')"));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    private static java.util.Optional<String> drawn(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return java.util.Optional.ofNullable(t.getText());
            }
        }
        return java.util.Optional.empty();
    }

    private static String name(Labeled l) {
        return l.getId() != null ? "#" + l.getId() : l.getClass().getSimpleName();
    }
}

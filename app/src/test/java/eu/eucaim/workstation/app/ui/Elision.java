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

    /**
     * The cells of the tables under {@code root} drawn cut short, but in the columns {@code exempt} (names may be
     * abbreviated; a heading, a figure or a date may not), as "column: drawn (of 'text')".
     */
    static List<String> inCells(Node root, List<String> exempt) {
        List<String> found = new ArrayList<>();
        for (Node n : root.lookupAll(".indexed-cell")) {
            if (n instanceof javafx.scene.control.IndexedCell<?> c
                    && c.isVisible()
                    && c.getText() != null
                    && !c.getText().isBlank()) {
                String column = columnOf(c);
                if (!exempt.contains(column)) {
                    drawn(c).filter(d -> !d.equals(c.getText()))
                            .ifPresent(d -> found.add(column + ": '" + d + "' (of '" + c.getText() + "')"));
                }
            }
        }
        return found;
    }

    /** The labels that list cells under {@code root} hold as their graphic, drawn cut short. */
    static List<String> inCellGraphics(Node root) {
        List<String> found = new ArrayList<>();
        for (Node n : root.lookupAll(".list-cell")) {
            if (n instanceof javafx.scene.control.ListCell<?> c && c.isVisible() && c.getGraphic() != null) {
                for (Node l : c.getGraphic().lookupAll(".label")) {
                    if (l instanceof Labeled label && label.getText() != null) {
                        drawn(label) // a label not laid out yet draws nothing: nothing to say of it
                                .filter(d -> !d.equals(label.getText()))
                                .ifPresent(d -> found.add("'" + d + "' (of '" + label.getText() + "')"));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The list cells under {@code root} whose graphic needs more height, at the width it was given, than the cell has:
     * its lines run over the next cell (a height worked out at another width, before a scroll bar took its share).
     */
    static List<String> overflowingCellGraphics(Node root) {
        List<String> found = new ArrayList<>();
        for (Node n : root.lookupAll(".list-cell")) {
            if (n instanceof javafx.scene.control.ListCell<?> c
                    && c.isVisible()
                    && c.getGraphic() instanceof javafx.scene.layout.Region g
                    && g.getWidth() > 0) {
                double needed = g.prefHeight(g.getWidth());
                double room = c.getHeight() - c.snappedTopInset() - c.snappedBottomInset();
                if (needed > room + 0.5) {
                    found.add(c.getItem() + ": " + needed + " px in " + room);
                }
            }
        }
        return found;
    }

    /** The empty text fields shown under {@code root} whose hint does not fit in them: "id: hint (needs N px of M)". */
    static List<String> cutPrompts(Node root) {
        List<String> found = new ArrayList<>();
        collectPrompts(root, found);
        return found;
    }

    private static void collectPrompts(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.TextField f
                && f.getWidth() > 0
                && (f.getText() == null || f.getText().isEmpty())
                && f.getPromptText() != null
                && !f.getPromptText().isEmpty()) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(f.getPromptText());
            t.setFont(f.getFont());
            double needed = t.getLayoutBounds().getWidth();
            double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
            if (needed > room + 1) {
                found.add(f.getId() + ": " + f.getPromptText() + " (needs " + Math.round(needed) + " px of "
                        + Math.round(room) + ")");
            }
        } else if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectPrompts(child, found);
            }
        }
    }

    private static String columnOf(javafx.scene.control.IndexedCell<?> cell) {
        if (cell instanceof javafx.scene.control.TreeTableCell<?, ?> c && c.getTableColumn() != null) {
            return c.getTableColumn().getText();
        }
        if (cell instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableColumn() != null) {
            return c.getTableColumn().getText();
        }
        return "";
    }

    /** The text the combo box {@code box} draws for its value (its button cell's). */
    static String drawnText(javafx.scene.control.ComboBox<?> box) {
        return box.getSkin() instanceof javafx.scene.control.skin.ComboBoxListViewSkin<?> skin
                        && skin.getDisplayNode() instanceof Labeled shown
                ? drawnText(shown)
                : "";
    }

    /** The text {@code l} draws: its text, or that cut short. */
    static String drawnText(Labeled l) {
        return drawn(l).orElse("");
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

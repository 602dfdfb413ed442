package eu.eucaim.workstation.app.shell;

import javafx.scene.Node;
import javafx.scene.layout.HBox;

/**
 * The app's header row. When it is narrower than all it holds (signing in, in a 1024 px window), {@code yielding}
 * (the tagline) gives way first; what may shrink after it says so by its minimum width.
 */
final class HeaderRow extends HBox {
    private final Node yielding;

    HeaderRow(double spacing, Node yielding, Node... children) {
        super(spacing, children);
        this.yielding = yielding;
    }

    @Override
    protected void layoutChildren() {
        double others = snappedLeftInset() + snappedRightInset();
        int count = 0;
        for (Node n : getChildren()) {
            if (n != yielding && n.isManaged()) {
                others += n.prefWidth(-1);
                count++;
            }
        }
        others += getSpacing() * Math.max(0, count - 1);
        boolean fits = getWidth() >= others + getSpacing() + yielding.prefWidth(-1);
        if (yielding.isManaged() != fits) {
            yielding.setManaged(fits);
            yielding.setVisible(fits);
        }
        super.layoutChildren();
    }
}

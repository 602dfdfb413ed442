package eu.eucaim.workstation.app.fx;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The labels every page uses: a section heading, muted explanatory text that wraps, and wrapping. */
public final class Texts {
    private Texts() {}

    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    public static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

    /**
     * {@code label} over as many lines as its width needs, none cut short: without the minimum height a wrapping
     * label in a list cell or a box is given one line and cut with an ellipsis.
     */
    public static <L extends Label> L wrapping(L label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}

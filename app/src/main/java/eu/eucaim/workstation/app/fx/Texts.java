package eu.eucaim.workstation.app.fx;

import javafx.scene.control.Label;

/** The labels every page uses: a section heading, and muted explanatory text that wraps. */
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
}

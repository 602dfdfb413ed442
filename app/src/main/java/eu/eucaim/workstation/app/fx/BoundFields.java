package eu.eucaim.workstation.app.fx;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;

/** The forms' text fields: an id for tests, a prompt, a width in columns, bound both ways to a view-model's text. */
public final class BoundFields {
    private BoundFields() {}

    public static TextField text(String id, String prompt, int columns, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}

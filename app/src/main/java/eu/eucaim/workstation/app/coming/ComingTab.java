package eu.eucaim.workstation.app.coming;

import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.tab.TabContent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/** A tab that is not built yet: it says what it will hold and shows no data at all. */
public final class ComingTab implements TabContent {
    private final VBox placeholder;
    private final String sentence;

    public ComingTab(String sentence, Ikon icon) {
        this.sentence = sentence;
        Label text = new Label(sentence, Icons.of(icon, 40));
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add("title-4");
        placeholder = new VBox(text);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.getStyleClass().add("coming-placeholder");
    }

    @Override
    public String tooltip() {
        return sentence;
    }

    @Override
    public Node view() {
        return placeholder;
    }
}

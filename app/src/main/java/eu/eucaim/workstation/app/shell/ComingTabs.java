package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.fx.Icons;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The tabs that are not built yet. They are disabled and say what they will hold; they show no data at all.
 */
final class ComingTabs {
    /** A tab to come: its name, icon and the sentence saying what it will hold and what it waits for. */
    record Coming(String id, String name, Ikon icon, String purpose) {
    }

    static final List<Coming> ALL = List.of(
            new Coming("query", "Query", Material2AL.FIND_IN_PAGE,
                    "Federated Query — cohort search across every node of the federation; coming with sign-in."),
            new Coming("negotiations", "Negotiations", Material2AL.GAVEL,
                    "Negotiations — ask for access to the datasets in your selection and follow each request "
                            + "through review to approval; coming with sign-in."),
            new Coming("tickets", "Tickets", Material2MZ.SUPPORT_AGENT,
                    "Tickets — ask the EUCAIM helpdesk for help and follow your tickets; coming with sign-in."));

    private ComingTabs() {
    }

    static Tab tab(Coming c) {
        Label text = new Label(c.purpose(), Icons.of(c.icon(), 40));
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add("title-4");
        VBox placeholder = new VBox(text);
        placeholder.setAlignment(Pos.CENTER);
        placeholder.getStyleClass().add("coming-placeholder");
        Tab tab = new Tab(c.name(), placeholder);
        tab.setId("tab-" + c.id());
        tab.setGraphic(Icons.of(c.icon()));
        tab.setTooltip(new Tooltip(c.purpose()));
        tab.setDisable(true);
        return tab;
    }
}

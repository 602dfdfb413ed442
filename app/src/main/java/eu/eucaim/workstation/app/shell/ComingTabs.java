package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.auth.SignInGate;
import eu.eucaim.workstation.app.auth.SignInViewModel;
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
 * The tabs that are not built yet; they say what they will hold and show no data at all. Those that need a
 * signed-in user are enabled behind a {@link SignInGate} (signed out: what the tab is for and Sign in); the others
 * stay disabled.
 */
final class ComingTabs {
    /**
     * A tab to come: its name, icon, the sentence saying what it will hold, and, for a tab that needs sign-in, what
     * it does for a signed-in user (null: no sign-in needed).
     */
    record Coming(String id, String name, Ikon icon, String purpose, String signInPurpose) {}

    static final List<Coming> ALL = List.of(
            new Coming(
                    "negotiations",
                    "Negotiations",
                    Material2AL.GAVEL,
                    "Negotiations — ask for access to the datasets in your selection and follow each request "
                            + "through review to approval; coming next.",
                    "Ask for access to the datasets in your selection and follow each request through review to "
                            + "approval."),
            new Coming(
                    "tickets",
                    "Tickets",
                    Material2MZ.SUPPORT_AGENT,
                    "Tickets — ask the EUCAIM helpdesk for help and follow your tickets; coming next.",
                    "Ask the EUCAIM helpdesk for help and follow your tickets."));

    private ComingTabs() {}

    static Tab tab(Coming c, SignInViewModel signIn) {
        Tab tab = tab(c);
        if (c.signInPurpose() != null) {
            SignInGate gate = new SignInGate(tab.getContent(), c.name(), c.signInPurpose(), c.icon(), signIn);
            gate.setId("gate-" + c.id());
            tab.setContent(gate);
            tab.setDisable(false);
        }
        return tab;
    }

    private static Tab tab(Coming c) {
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

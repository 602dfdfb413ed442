package eu.eucaim.workstation.app.dashboard;

import eu.eucaim.workstation.app.fx.Icons;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** A role's page ({@link RolePage}) with the actions it leads to in the app; {@code back} returns to the charts. */
final class RolePageView extends VBox {
    /** A button the page offers: what it says, its id, what it does. */
    record Action(String text, String id, Runnable run) {}

    RolePageView(Role role, RolePage page, List<Action> actions, Runnable back) {
        super(14);
        setId("role-page");
        getStyleClass().add("role-page");
        setPadding(new Insets(20, 24, 24, 24));
        setMaxWidth(900);
        Button toDashboard = new Button("Dashboard", Icons.of(Material2AL.ARROW_BACK));
        toDashboard.setId("role-back");
        toDashboard.setOnAction(e -> back.run());
        Label title = new Label(page.title(), Icons.of(role.icon(), 28));
        title.setId("role-title");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        Label intro = new Label(role.text());
        intro.setWrapText(true);
        getChildren().addAll(toDashboard, title, intro);
        FlowPane buttons = new FlowPane(10, 8);
        for (Action a : actions) {
            Button b = new Button(a.text());
            b.setId(a.id());
            b.getStyleClass().add(buttons.getChildren().isEmpty() ? "accent" : "");
            b.setOnAction(e -> a.run().run());
            buttons.getChildren().add(b);
        }
        for (RolePage.Section s : page.sections()) {
            Label heading = new Label(s.heading());
            heading.getStyleClass().add("title-4");
            VBox points = new VBox(6);
            for (String p : s.points()) {
                Label bullet = new Label("•");
                Label text = new Label(p);
                text.setWrapText(true);
                HBox line = new HBox(8, bullet, text);
                points.getChildren().add(line);
            }
            getChildren().addAll(heading, points);
        }
        if (!buttons.getChildren().isEmpty()) {
            getChildren().add(buttons);
        }
        Label source = new Label(page.source());
        source.setWrapText(true);
        source.getStyleClass().add("text-muted");
        getChildren().add(source);
    }
}

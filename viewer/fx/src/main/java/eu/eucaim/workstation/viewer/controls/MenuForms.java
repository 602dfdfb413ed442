package eu.eucaim.workstation.viewer.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;

/**
 * What a tool-bar control becomes in a menu, acting on the control itself so that nothing is written twice: a
 * button's entry fires the button, a toggle's entry is a check (or, in a group, a radio) bound to it, a menu
 * button becomes a sub-menu of its items, and a box of such controls their entries in order. Controls without a
 * menu form (a spinner, a label) have none and stay in the bar.
 */
final class MenuForms {
    private MenuForms() {}

    static Optional<List<MenuItem>> of(Node node) {
        if (node instanceof Button b) {
            MenuItem item = new MenuItem(b.getText());
            item.disableProperty().bind(b.disabledProperty());
            item.setOnAction(e -> b.fire());
            item.setId(menuId(b));
            return Optional.of(List.of(item));
        }
        if (node instanceof ToggleButton t) {
            return Optional.of(List.of(toggle(t)));
        }
        if (node instanceof MenuButton m) {
            Menu menu = new Menu(m.getText());
            menu.setId(menuId(m));
            // the items move while the menu is open and come back to the button when it closes
            menu.setOnShowing(e -> {
                if (m.getOnShowing() != null) {
                    m.getOnShowing().handle(e); // a button that fills its items as it opens (the presets)
                }
                menu.getItems().setAll(m.getItems());
            });
            menu.setOnHidden(e -> {
                List<MenuItem> items = new ArrayList<>(menu.getItems());
                menu.getItems().clear();
                m.getItems().setAll(items);
            });
            menu.getItems().add(new MenuItem()); // a sub-menu with no items never opens
            return Optional.of(List.of(menu));
        }
        if (node instanceof Pane p && !p.getChildren().isEmpty()) {
            List<MenuItem> all = new ArrayList<>();
            for (Node child : p.getChildrenUnmodifiable()) {
                Optional<List<MenuItem>> forms = of(child);
                if (forms.isEmpty()) {
                    return Optional.empty();
                }
                all.addAll(forms.get());
            }
            return Optional.of(all);
        }
        return Optional.empty();
    }

    private static MenuItem toggle(ToggleButton t) {
        // in a group, one of several (a radio); alone, on or off (a check)
        MenuItem item = t.getToggleGroup() != null ? new RadioMenuItem(t.getText()) : new CheckMenuItem(t.getText());
        if (item instanceof RadioMenuItem r) {
            r.setSelected(t.isSelected());
        } else {
            ((CheckMenuItem) item).setSelected(t.isSelected());
        }
        item.setOnAction(e -> t.fire());
        item.setId(menuId(t));
        item.disableProperty().bind(t.disabledProperty());
        return item;
    }

    private static String menuId(Node n) {
        return n.getId() == null ? null : "menu-" + n.getId();
    }

    /** Whether {@code node} has a menu form, without making one. */
    static boolean exists(Node node) {
        if (node instanceof Button || node instanceof ToggleButton || node instanceof MenuButton) {
            return true;
        }
        return node instanceof Pane p
                && !p.getChildren().isEmpty()
                && p.getChildren().stream().allMatch(MenuForms::exists);
    }
}

package eu.eucaim.workstation.viewer.controls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A tool bar that gives way by priority when it is narrow, instead of cutting labels to "…" or hiding whatever
 * comes last behind "»" as {@link javafx.scene.control.ToolBar} does. When the items do not fit, the least important
 * first show only their icon (the text moves to the tooltip), then move into the "More" menu at the end of the bar;
 * an item that has no menu form (a spinner, a label) always stays. Separators show only between shown items.
 */
public final class PriorityBar extends HBox {
    /** Never compacted or moved into the menu. */
    public static final int ALWAYS = Integer.MAX_VALUE;

    private static final String WHOLE_DISPLAY = "priority-bar.whole-display";
    private static final String WHOLE_WIDTH = "priority-bar.whole-width";

    private record Item(Node node, int priority, boolean separator, boolean spacer) {}

    private final List<Item> items = new ArrayList<>();
    private final MenuButton more = new MenuButton("More");
    private double decidedFor = -1;

    public PriorityBar() {
        super(4);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("priority-bar");
        more.getStyleClass().add("priority-bar-more");
        more.setTooltip(new Tooltip("What does not fit in the bar"));
        more.setOnShowing(e -> fillMenu());
        more.setMinWidth(USE_PREF_SIZE);
        hide(more);
        getChildren().add(more);
    }

    /** Adds {@code node}; lower {@code priority} gives way first, {@link #ALWAYS} never. */
    public <T extends Node> T add(T node, int priority) {
        if (node instanceof Region r) {
            r.setMinWidth(USE_PREF_SIZE); // the bar decides what gives way, never the layout's squeeze
        }
        items.add(new Item(node, priority, false, false));
        getChildren().add(getChildren().size() - 1, node);
        return node;
    }

    /** A separator, shown only when an item is shown on both sides of it. */
    public void separator() {
        Separator s = new Separator(javafx.geometry.Orientation.VERTICAL);
        items.add(new Item(s, ALWAYS, true, false));
        getChildren().add(getChildren().size() - 1, s);
    }

    /** A gap that takes the room left over, pushing what follows to the right. */
    public void spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        items.add(new Item(r, ALWAYS, false, true));
        getChildren().add(getChildren().size() - 1, r);
    }

    /** The width with every item whole: what the bar asks for. */
    @Override
    protected double computePrefWidth(double height) {
        return widthOf(plan(Double.MAX_VALUE));
    }

    /** The width with everything that can give way given way. */
    @Override
    protected double computeMinWidth(double height) {
        return widthOf(plan(0));
    }

    @Override
    protected void layoutChildren() {
        if (getWidth() != decidedFor) {
            decidedFor = getWidth();
            apply(plan(getWidth()));
        }
        super.layoutChildren();
    }

    private enum Form {
        WHOLE,
        COMPACT,
        MENU
    }

    /**
     * What each item should be at {@code width}, worked out from measured widths without touching the items: a
     * control that went invisible and back while it was being measured would close its open menu.
     */
    private Form[] plan(double width) {
        Form[] forms = new Form[items.size()];
        java.util.Arrays.fill(forms, Form.WHOLE);
        List<Integer> givers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).priority() != ALWAYS) {
                givers.add(i);
            }
        }
        givers.sort(Comparator.comparingInt(i -> items.get(i).priority()));
        for (int i : givers) { // first: icons only, least important first
            if (widthOf(forms) <= width) {
                return forms;
            }
            forms[i] = Form.COMPACT;
        }
        for (int i : givers) { // then: into the menu
            if (widthOf(forms) <= width) {
                return forms;
            }
            if (MenuForms.exists(items.get(i).node())) {
                forms[i] = Form.MENU;
            }
        }
        return forms;
    }

    private double widthOf(Form[] forms) {
        double w = snappedLeftInset() + snappedRightInset();
        int shown = 0;
        boolean menu = false;
        for (int i = 0; i < forms.length; i++) {
            Item item = items.get(i);
            if (forms[i] == Form.MENU) {
                menu = true;
            } else if (!item.spacer()) {
                w += forms[i] == Form.COMPACT ? compactWidth(item.node()) : wholeWidth(item.node());
                shown++;
            }
        }
        if (menu) {
            w += more.prefWidth(-1);
            shown++;
        }
        return w + Math.max(0, shown - 1) * getSpacing();
    }

    private void apply(Form[] forms) {
        boolean menu = false;
        for (int i = 0; i < forms.length; i++) {
            Node n = items.get(i).node();
            if (items.get(i).separator()) {
                continue;
            }
            if (forms[i] == Form.MENU) {
                hide(n);
                menu = true;
            } else {
                show(n);
                if (forms[i] == Form.COMPACT) {
                    compact(n);
                } else {
                    whole(n);
                }
            }
        }
        if (menu) {
            show(more);
        } else {
            hide(more);
        }
        tidySeparators();
    }

    private void tidySeparators() {
        boolean shownBefore = false;
        Item pending = null;
        for (Item i : items) {
            if (i.separator()) {
                hide(i.node());
                if (shownBefore) {
                    pending = i;
                }
            } else if (i.node().isManaged() && !i.spacer()) {
                if (pending != null) {
                    show(pending.node());
                    pending = null;
                }
                shownBefore = true;
            }
        }
    }

    private static double wholeWidth(Node n) {
        return n.getProperties().get(WHOLE_WIDTH) instanceof Double w ? w : n.prefWidth(-1);
    }

    /** An icon-only control's width; before it has been one, its icon's width and its padding. */
    private static double compactWidth(Node n) {
        if (!(n instanceof Labeled l) || !compactable(l)) {
            return wholeWidth(n);
        }
        if (l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return l.prefWidth(-1);
        }
        return l.snappedLeftInset() + l.snappedRightInset() + l.getGraphic().prefWidth(-1);
    }

    private static boolean compactable(Labeled l) {
        return l.getGraphic() != null && l.getText() != null && !l.getText().isEmpty();
    }

    private void fillMenu() {
        List<MenuItem> entries = new ArrayList<>();
        for (Item i : items) {
            if (!i.node().isManaged() && !i.separator() && !i.spacer()) {
                MenuForms.of(i.node()).ifPresent(entries::addAll);
            }
        }
        more.getItems().setAll(entries);
    }

    private static void compact(Node node) {
        if (node instanceof Labeled l && compactable(l) && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            l.getProperties().put(WHOLE_WIDTH, l.prefWidth(-1));
            l.getProperties().put(WHOLE_DISPLAY, l.getContentDisplay());
            l.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            if (l.getTooltip() == null) {
                l.setTooltip(new Tooltip(l.getText()));
            }
        }
    }

    private static void whole(Node node) {
        if (node instanceof Labeled l && l.getProperties().remove(WHOLE_DISPLAY) instanceof ContentDisplay d) {
            l.getProperties().remove(WHOLE_WIDTH);
            l.setContentDisplay(d);
        }
    }

    private static void show(Node n) {
        n.setManaged(true);
        n.setVisible(true);
    }

    private static void hide(Node n) {
        n.setManaged(false);
        n.setVisible(false);
    }

    /** The menu button that holds what does not fit (for tests and key handling). */
    public Optional<MenuButton> moreMenu() {
        return more.isManaged() ? Optional.of(more) : Optional.empty();
    }
}

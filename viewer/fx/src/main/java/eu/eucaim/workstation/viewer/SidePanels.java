package eu.eucaim.workstation.viewer;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Cursor;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The Viewer's left side when it holds more than the series browser (the app's offline library): one tab each, the
 * side as wide as the shown panel wants, narrower in a narrow window. Nothing open yet: the other panel shows (what
 * to open); once series are open: the series. The grip on its right edge makes the shown panel wider or narrower
 * (as Weasis's and OHIF's side panels are): a long patient name or study description can be read whole.
 */
final class SidePanels extends TabPane {
    private record Widths(double normal, double narrow) {}

    /** Room kept for the images (and the measurements) when a panel is dragged wider. */
    static final double IMAGES_KEEP = 420;

    private boolean narrow;
    private boolean wasEmpty = true;
    /** The widths the user dragged the panels to (this session, or remembered from the last). */
    private final Map<Tab, Double> chosen = new HashMap<>();
    /** Told the dragged widths, by panel id, when the user has dragged or reset one. */
    private java.util.function.Consumer<Map<String, Double>> onChosen = widths -> {};

    private final Region grip = grip();

    SidePanels(SeriesBrowser series, ViewerViewModel vm) {
        setId("viewer-side");
        getStyleClass().add("side-panels");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        add("viewer-side-series", "Series", series, SeriesBrowser.WIDTH, SeriesBrowser.NARROW_WIDTH, () -> {});
        getSelectionModel().selectedItemProperty().addListener((o, a, t) -> fit());
        vm.series().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            boolean none = vm.series().isEmpty();
            if (getTabs().size() > 1 && none != wasEmpty) { // only on the change, not against the user's choice
                getSelectionModel().select(none ? 1 : 0);
            }
            wasEmpty = none;
        });
    }

    void add(String id, String title, Region content, double width, double narrowWidth, Runnable whenShown) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                whenShown.run();
            }
        });
        tab.setUserData(new Widths(width, narrowWidth));
        getTabs().add(tab);
        fit();
    }

    void narrow(boolean now) {
        narrow = now;
        fit();
    }

    /** The edge to drag: beside the panels, in the same row. */
    Region edge() {
        return grip;
    }

    private Region grip() {
        Region g = new Region();
        g.setId("viewer-side-grip");
        g.getStyleClass().add("side-grip");
        g.setCursor(Cursor.H_RESIZE);
        g.setMinWidth(4);
        g.setPrefWidth(4);
        g.setMaxWidth(4);
        Tooltip.install(g, new Tooltip("Drag to widen the panel; double-click for its usual width"));
        double[] from = new double[2];
        g.setOnMousePressed(e -> {
            from[0] = e.getScreenX();
            from[1] = getWidth();
        });
        g.setOnMouseDragged(e -> choose(from[1] + e.getScreenX() - from[0]));
        g.setOnMouseReleased(e -> {
            if (e.getScreenX() != from[0]) {
                chosenChanged();
            }
        });
        g.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                chosen.remove(getSelectionModel().getSelectedItem());
                fit();
                chosenChanged();
            }
        });
        return g;
    }

    /**
     * Takes the widths a user dragged panels to before (by panel id; a panel not named keeps its usual width), and
     * tells {@code onChange} the widths whenever the user drags or resets one, to remember them for the next start.
     */
    void remember(Map<String, Double> widths, java.util.function.Consumer<Map<String, Double>> onChange) {
        for (Tab tab : getTabs()) {
            Double width = widths.get(tab.getId());
            if (width != null && width > 0) {
                chosen.put(tab, width);
            }
        }
        onChosen = onChange;
        fit();
    }

    private void chosenChanged() {
        Map<String, Double> byId = new HashMap<>();
        chosen.forEach((tab, width) -> byId.put(tab.getId(), width));
        onChosen.accept(Map.copyOf(byId));
    }

    /** The shown panel {@code width} wide, no narrower than its narrow width, leaving the images their room. */
    void choose(double width) {
        Tab tab = getSelectionModel().getSelectedItem();
        if (tab != null && tab.getUserData() instanceof Widths w) {
            chosen.put(tab, clamp(width, w));
            fit();
        }
    }

    private double clamp(double width, Widths w) {
        double room = getParent() instanceof Region r && r.getParent() instanceof Region viewer
                ? viewer.getWidth() - IMAGES_KEEP
                : Double.MAX_VALUE;
        return Math.max(Math.min(w.narrow(), w.normal()), Math.min(width, Math.max(w.normal(), room)));
    }

    private void fit() {
        Tab tab = getSelectionModel().getSelectedItem();
        if (tab != null && tab.getUserData() instanceof Widths w) {
            double width = chosen.containsKey(tab) ? clamp(chosen.get(tab), w) : narrow ? w.narrow() : w.normal();
            setPrefWidth(width);
            setMinWidth(width);
            setMaxWidth(width);
        }
    }
}

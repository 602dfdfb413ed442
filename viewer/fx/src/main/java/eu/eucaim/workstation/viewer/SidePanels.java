package eu.eucaim.workstation.viewer;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * The Viewer's left side when it holds more than the series browser (the app's offline library): one tab each, the
 * side as wide as the shown panel wants, narrower in a narrow window. Nothing open yet: the other panel shows (what
 * to open); once series are open: the series.
 */
final class SidePanels extends TabPane {
    private record Widths(double normal, double narrow) {}

    private boolean narrow;
    private boolean wasEmpty = true;

    SidePanels(SeriesBrowser series, ViewerViewModel vm) {
        setId("viewer-side");
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

    private void fit() {
        Tab tab = getSelectionModel().getSelectedItem();
        if (tab != null && tab.getUserData() instanceof Widths w) {
            double width = narrow ? w.narrow() : w.normal();
            setPrefWidth(width);
            setMinWidth(width);
            setMaxWidth(width);
        }
    }
}

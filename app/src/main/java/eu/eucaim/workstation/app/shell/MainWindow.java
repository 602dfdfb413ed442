package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.auth.SignInGate;
import eu.eucaim.workstation.app.auth.SignInHeader;
import eu.eucaim.workstation.app.auth.SignInViewModel;
import eu.eucaim.workstation.app.catalogue.CatalogueView;
import eu.eucaim.workstation.app.dashboard.DashboardView;
import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.selection.SelectionButton;
import eu.eucaim.workstation.app.selection.SelectionViewModel;
import eu.eucaim.workstation.viewer.ViewerView;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window's layout: header, warning line, the six tabs, status bar. Wiring is in {@link WorkstationApp}. */
final class MainWindow extends BorderPane {
    private static final String QUERY_PURPOSE = "Find cohorts across every node of the federation by diagnosis, "
            + "modality, body part, sex and age, and add the datasets that match to your selection.";
    private final TabPane tabs = new TabPane();
    private final Tab dashboardTab;
    private final Tab catalogueTab;
    private final Tab viewerTab;
    private final ViewerView viewer;
    private final VBox warnings = new VBox();
    final Button settingsButton = new Button(null, Icons.of(Material2MZ.SETTINGS));
    final Button themeButton = new Button(null, Icons.of(Material2AL.BRIGHTNESS_4));

    MainWindow(
            DashboardView dashboard,
            CatalogueView catalogue,
            Node query,
            ViewerView viewer,
            SelectionViewModel selection,
            StatusViewModel status,
            SignInViewModel signIn) {
        setId("main-window");
        dashboardTab = new Tab("Dashboard", dashboard);
        dashboardTab.setId("tab-dashboard");
        dashboardTab.setGraphic(Icons.of(Material2AL.DASHBOARD));
        catalogueTab = new Tab("Catalogue", catalogue);
        catalogueTab.setId("tab-catalogue");
        catalogueTab.setGraphic(Icons.of(Material2AL.LIBRARY_BOOKS));
        SignInGate queryGate =
                new SignInGate(query, "Federated Query", QUERY_PURPOSE, Material2AL.FIND_IN_PAGE, signIn);
        queryGate.setId("gate-query");
        Tab queryTab = new Tab("Query", queryGate);
        queryTab.setId("tab-query");
        queryTab.setGraphic(Icons.of(Material2AL.FIND_IN_PAGE));
        tabs.getTabs().addAll(dashboardTab, catalogueTab, queryTab);
        ComingTabs.ALL.forEach(c -> tabs.getTabs().add(ComingTabs.tab(c, signIn)));
        this.viewer = viewer;
        viewerTab = new Tab("Viewer", viewer);
        viewerTab.setId("tab-viewer");
        viewerTab.setGraphic(Icons.of(Material2AL.IMAGE));
        tabs.getTabs().add(viewerTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("main-tabs");

        warnings.setId("warnings");
        setTop(new VBox(header(selection, signIn), warnings));
        setCenter(tabs);
        setBottom(new StatusBar(status));
    }

    private HBox header(SelectionViewModel selection, SignInViewModel signIn) {
        Label logo = new Label(null, Icons.of(Material2AL.BIOTECH, 26));
        logo.getStyleClass().add("app-logo");
        Label name = new Label("EUCAIM Workstation");
        name.getStyleClass().addAll("title-3", "app-name");
        Label tagline = new Label("Cancer Image Europe");
        tagline.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        settingsButton.setId("open-settings");
        settingsButton.setTooltip(new Tooltip("Settings (Ctrl+,)"));
        settingsButton.setAccessibleText("Settings");
        settingsButton.getStyleClass().add("flat");
        themeButton.setId("toggle-theme");
        themeButton.setTooltip(new Tooltip("Light or dark theme"));
        themeButton.setAccessibleText("Toggle dark theme");
        themeButton.getStyleClass().add("flat");
        HBox header = new HBox(
                10,
                logo,
                name,
                tagline,
                spacer,
                new SelectionButton(selection),
                new SignInHeader(signIn),
                themeButton,
                settingsButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 14, 8, 14));
        header.getStyleClass().add("app-header");
        return header;
    }

    TabPane tabs() {
        return tabs;
    }

    Tab dashboardTab() {
        return dashboardTab;
    }

    Tab catalogueTab() {
        return catalogueTab;
    }

    Tab viewerTab() {
        return viewerTab;
    }

    /** Shows the Viewer tab and opens {@code paths} in it (files, folders, zip archives, DICOMDIRs). */
    java.util.concurrent.CompletableFuture<Void> openInViewer(List<Path> paths) {
        tabs.getSelectionModel().select(viewerTab);
        return viewer.open(paths);
    }

    ViewerView viewer() {
        return viewer;
    }

    /** Ctrl+1..6: the n-th tab, if it is enabled. */
    void selectTab(int index) {
        List<Tab> all = tabs.getTabs();
        if (index >= 0 && index < all.size() && !all.get(index).isDisable()) {
            tabs.getSelectionModel().select(index);
        }
    }

    /** A dismissable line under the header (a settings or selection file could not be read, …). */
    void showWarning(String text) {
        Label message = new Label(text, Icons.of(Material2AL.ERROR_OUTLINE));
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button dismiss = new Button(null, Icons.of(Material2AL.CLOSE));
        dismiss.getStyleClass().addAll("flat", "small");
        dismiss.setAccessibleText("Dismiss");
        HBox line = new HBox(8, message, dismiss);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("warning-line");
        line.setPadding(new Insets(6, 14, 6, 14));
        dismiss.setOnAction(e -> warnings.getChildren().remove(line));
        warnings.getChildren().add(line);
    }
}

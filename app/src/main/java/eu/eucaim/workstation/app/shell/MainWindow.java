package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.auth.SignInGate;
import eu.eucaim.workstation.app.auth.SignInHeader;
import eu.eucaim.workstation.app.auth.SignInViewModel;
import eu.eucaim.workstation.app.fx.Icons;
import eu.eucaim.workstation.app.fx.Shown;
import eu.eucaim.workstation.app.selection.SelectionButton;
import eu.eucaim.workstation.app.selection.SelectionViewModel;
import eu.eucaim.workstation.app.tab.TabContent;
import eu.eucaim.workstation.app.tab.TabSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The main window's layout: header, warning lines, the tabs of the registry (behind a sign-in gate where a tab needs
 * one), status bar. Wiring is in {@link Workstation}.
 */
final class MainWindow extends BorderPane {
    private final TabPane tabs = new TabPane();
    private final Map<Tab, TabContent> contents = new LinkedHashMap<>();
    /** Tabs that were hidden when the node came back online: each reloads when it is next shown. */
    private final java.util.Set<TabContent> reloadWhenShown = new java.util.HashSet<>();

    final Button settingsButton = new Button(null, Icons.of(Material2MZ.SETTINGS));
    final Button themeButton = new Button(null, Icons.of(Material2AL.BRIGHTNESS_4));

    private SelectionButton selectionButton;

    MainWindow(SelectionViewModel selection, SignInViewModel signIn, WarningLines warnings, StatusViewModel status) {
        setId("main-window");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("main-tabs");
        setTop(new VBox(header(selection, signIn), warnings));
        setCenter(tabs);
        setBottom(new StatusBar(status));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            TabContent content = contents.get(now);
            if (content != null && reloadWhenShown.remove(content)) {
                content.reload();
            }
        });
    }

    /** Adds the tab {@code spec} describes with its content, behind a sign-in gate when it needs one. */
    Tab add(TabSpec spec, TabContent content, SignInViewModel signIn) {
        Node view = content.view();
        if (spec.needsSignIn()) {
            SignInGate gate = new SignInGate(view, spec.title(), spec.signInPurpose(), spec.icon(), signIn);
            gate.setId("gate-" + spec.id());
            view = gate;
        }
        Tab tab = new Tab(spec.title());
        // Into the scene only when first shown: styling and laying out every tab's views at once took the first
        // show of the window about two seconds on two cores (docs/benchmarks.md, start-up).
        Node shown = view;
        if (tabs.getTabs().isEmpty()) {
            tab.setContent(shown);
        } else {
            tab.selectedProperty().addListener((obs, was, selected) -> {
                if (selected && tab.getContent() == null) {
                    tab.setContent(shown);
                }
            });
        }
        tab.setId("tab-" + spec.id());
        tab.setGraphic(graphic(spec, content));
        if (content.tooltip() != null) {
            tab.setTooltip(new Tooltip(content.tooltip()));
        }
        contents.put(tab, content);
        tabs.getTabs().add(tab);
        return tab;
    }

    /** The tab's icon, with its badge when it has one (hidden while empty). */
    private static Node graphic(TabSpec spec, TabContent content) {
        javafx.beans.value.ObservableValue<String> badge = content.badge();
        if (badge == null) {
            return Icons.of(spec.icon());
        }
        Label count = new Label();
        count.setId("badge-" + spec.id());
        count.getStyleClass().add("count-badge");
        count.textProperty().bind(badge);
        Shown.when(count, count.textProperty().isNotEmpty());
        return new javafx.scene.layout.HBox(4, Icons.of(spec.icon()), count);
    }

    /** The selection panel's "Request access" does {@code request} (set once the tabs are there). */
    void requestAccessWith(Runnable request) {
        selectionButton.setOnRequestAccess(request);
    }

    /** The selection panel's rows open what {@code open} opens (set once the tabs are there). */
    void openSelectedWith(java.util.function.Consumer<String> open) {
        selectionButton.setOnOpen(open);
    }

    private HBox header(SelectionViewModel selection, SignInViewModel signIn) {
        selectionButton = new SelectionButton(selection);
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
        HBox header = new HeaderRow(
                10,
                tagline,
                logo,
                name,
                tagline,
                spacer,
                selectionButton,
                new SignInHeader(signIn),
                themeButton,
                settingsButton);
        for (Region whole : List.of(logo, name, selectionButton, themeButton, settingsButton)) {
            whole.setMinWidth(Region.USE_PREF_SIZE); // never cut to "…": the tagline, then the sign-in message give way
        }
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 14, 8, 14));
        header.getStyleClass().add("app-header");
        return header;
    }

    TabPane tabs() {
        return tabs;
    }

    /** Every tab's content, in tab order. */
    List<TabContent> contents() {
        return List.copyOf(contents.values());
    }

    /** Each tab with its content, in tab order. */
    Map<Tab, TabContent> tabContents() {
        return java.util.Collections.unmodifiableMap(contents);
    }

    /** The content of the tab the user looks at. */
    TabContent current() {
        return contents.get(tabs.getSelectionModel().getSelectedItem());
    }

    /** A connection starts (app start, node changed): every tab loads again from it. */
    void reloadAll() {
        reloadWhenShown.clear();
        contents.values().forEach(TabContent::reload);
    }

    /**
     * The node is back online: the tab shown reloads now, every other one when it is next shown (what it loaded
     * while the node was away, or the line saying it could not, would otherwise stay until the user asks again).
     */
    void reloadAfterOutage() {
        TabContent shown = current();
        reloadWhenShown.addAll(contents.values());
        if (shown != null) {
            reloadWhenShown.remove(shown);
            shown.reload();
        }
    }

    /** Ctrl+1..6: the n-th tab, if it is enabled. */
    void selectTab(int index) {
        List<Tab> all = tabs.getTabs();
        if (index >= 0 && index < all.size() && !all.get(index).isDisable()) {
            tabs.getSelectionModel().select(index);
        }
    }
}

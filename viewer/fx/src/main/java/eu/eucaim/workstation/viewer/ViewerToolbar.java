package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.viewer.controls.PriorityBar;
import eu.eucaim.workstation.viewer.engine.Interpolation;
import eu.eucaim.workstation.viewer.engine.WindowPreset;
import eu.eucaim.workstation.viewer.viewport.Tool;
import eu.eucaim.workstation.viewer.viewport.ViewportViewModel;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Viewer's two tool bars: opening and closing, layouts and tools; then window presets, fit, rotate, flip,
 * invert, smooth, cine, overlays, sync, reference lines, tags and export. Buttons act on the active viewport.
 */
final class ViewerToolbar extends VBox {
    /** What the buttons do beyond the view-model's commands (they need the view: dialogs, windows, snapshots). */
    interface Actions {
        void openFiles();

        void openFolder();

        void showTags();

        void savePng(boolean withOverlays);

        void copyImage();
    }

    private final ViewerViewModel vm;
    /** Held here: the spinner's binding to the cine rate holds it only weakly. */
    private final ObjectProperty<Integer> fps;

    ViewerToolbar(ViewerViewModel vm, Actions actions) {
        this.vm = vm;
        this.fps = vm.cine().fpsProperty().asObject();
        setId("viewer-toolbar");
        // What gives way first in a narrow window (lower numbers) goes into each bar's More menu; the tools and
        // the window presets stay whatever the width (issue 13 item 4).
        PriorityBar first = bar();
        first.add(
                button("Open files…", "viewer-open-files", "Open DICOM files, a zip or a DICOMDIR", actions::openFiles),
                30);
        first.add(
                button(
                        "Open folder…",
                        "viewer-open-folder",
                        "Open every DICOM file under a folder",
                        actions::openFolder),
                20);
        first.add(
                button("Close all", "viewer-close", "Close every series and forget the measurements", vm::closeStudies),
                10);
        first.separator();
        first.add(layouts(), 40);
        first.separator();
        first.add(tools(), PriorityBar.ALWAYS);
        PriorityBar second = bar();
        second.add(presets(), PriorityBar.ALWAYS);
        second.add(
                button(
                        "Fit",
                        "fit",
                        "Fit the image to the viewport (F)",
                        () -> vm.active().fit()),
                60);
        second.add(
                button(
                        "1:1",
                        "one-to-one",
                        "One image pixel per screen pixel (A)",
                        () -> vm.active().oneToOne()),
                55);
        second.add(
                button(
                        "Rotate",
                        "rotate",
                        "Turn a quarter clockwise (R)",
                        () -> vm.active().rotateClockwise()),
                25);
        second.add(
                button(
                        "Flip H",
                        "flip-h",
                        "Mirror left–right (H)",
                        () -> vm.active().flipHorizontal()),
                20);
        second.add(
                button(
                        "Flip V",
                        "flip-v",
                        "Mirror top–bottom (V)",
                        () -> vm.active().flipVertical()),
                20);
        second.add(
                button(
                        "Invert",
                        "invert",
                        "Invert the gray levels (I)",
                        () -> vm.active().toggleInvert()),
                35);
        second.add(smooth(), 15);
        second.separator();
        second.add(toggle("Cine", "cine", "Play the stack (Space)", vm.cine().playingProperty()), PriorityBar.ALWAYS);
        second.add(fpsSpinner(), PriorityBar.ALWAYS);
        second.add(new Label("fps"), PriorityBar.ALWAYS);
        second.separator();
        second.add(
                toggle(
                        "Overlays",
                        "overlays",
                        "Patient, study and image information, orientation, scale (O)",
                        vm.overlaysProperty()),
                45);
        second.add(
                toggle("Sync", "sync", "Scroll series of the same Frame of Reference together", vm.syncProperty()), 30);
        second.add(
                toggle(
                        "Ref. lines",
                        "reference-lines",
                        "Show where the active image cuts the other viewports",
                        vm.referenceLinesProperty()),
                28);
        second.separator();
        second.add(button("Tags", "tags", "DICOM tags of the current image (T)", actions::showTags), 50);
        second.add(export(actions), 45);
        getChildren().addAll(first, second);
    }

    private Node layouts() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(2);
        for (int[] rc : new int[][] {{1, 1}, {1, 2}, {2, 1}, {2, 2}}) {
            ToggleButton b = new ToggleButton(rc[0] + "×" + rc[1]);
            b.setId("layout-" + rc[0] + "x" + rc[1]);
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip(rc[0] + " row(s) × " + rc[1] + " column(s)"));
            b.setOnAction(e -> {
                b.setSelected(true); // a second click does not lift it: one layout is always on
                vm.layout(rc[0], rc[1]);
            });
            Runnable follow = () -> b.setSelected(
                    vm.rowsProperty().get() == rc[0] && vm.columnsProperty().get() == rc[1]);
            vm.rowsProperty().addListener((o, x, y) -> follow.run());
            vm.columnsProperty().addListener((o, x, y) -> follow.run());
            follow.run();
            box.getChildren().add(b);
        }
        return box;
    }

    private Node tools() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(2);
        for (Tool t : Tool.values()) {
            ToggleButton b = new ToggleButton(t.label());
            b.setId("tool-" + t.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(group);
            b.setSelected(vm.toolProperty().get() == t);
            b.setOnAction(e -> {
                b.setSelected(true);
                vm.toolProperty().set(t);
            });
            vm.toolProperty().addListener((o, a, now) -> b.setSelected(now == t));
            box.getChildren().add(b);
        }
        return box;
    }

    /** Follows the active viewport's interpolation; S does the same from the keyboard. */
    private Node smooth() {
        ToggleButton smooth = new ToggleButton("Smooth");
        smooth.setId("smooth");
        smooth.setTooltip(new Tooltip("Smooth (bilinear) or nearest-neighbour resampling (S)"));
        smooth.setOnAction(e -> vm.active().toggleInterpolation());
        Runnable follow =
                () -> smooth.setSelected(vm.active().interpolationProperty().get() == Interpolation.BILINEAR);
        vm.activeProperty().addListener((o, a, b) -> follow.run());
        for (ViewportViewModel vp : vm.viewports()) {
            vp.interpolationProperty().addListener((o, a, b) -> follow.run());
        }
        follow.run();
        return smooth;
    }

    private Node fpsSpinner() {
        Spinner<Integer> spinner = new Spinner<>(Cine.MIN_FPS, Cine.MAX_FPS, fps.get());
        spinner.setId("cine-fps");
        spinner.setPrefWidth(70);
        spinner.setEditable(true);
        spinner.setTooltip(new Tooltip("Cine frames per second"));
        spinner.getValueFactory().valueProperty().bindBidirectional(fps);
        return spinner;
    }

    /** The window presets of the active viewport's modality, listed when the menu opens. */
    private Node presets() {
        MenuButton presets = new MenuButton("W/L");
        presets.setId("presets");
        presets.setOnShowing(e -> {
            ViewportViewModel vp = vm.active();
            presets.getItems().setAll(preset("1  Image's own window", null, vp, 1));
            List<WindowPreset> list =
                    WindowPreset.forModality(vp.modalityProperty().get());
            for (int i = 0; i < list.size(); i++) {
                WindowPreset p = list.get(i);
                String text = String.format(
                        Locale.ROOT,
                        "%d  %s (W %.0f L %.0f)",
                        i + 2,
                        p.name(),
                        p.window().width(),
                        p.window().center());
                presets.getItems().add(preset(text, "preset-" + p.name().toLowerCase(Locale.ROOT), vp, i + 2));
            }
            if (list.isEmpty()) {
                presets.getItems().add(preset("2  Full range", null, vp, 2));
            }
        });
        return presets;
    }

    private static MenuItem preset(String text, String id, ViewportViewModel vp, int key) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> vp.preset(key));
        return m;
    }

    private static Node export(Actions actions) {
        MenuButton export = new MenuButton("Export");
        export.setId("export");
        MenuItem png = new MenuItem("Save viewport as PNG (with overlays)…");
        png.setId("export-png");
        png.setOnAction(e -> actions.savePng(true));
        MenuItem pngPlain = new MenuItem("Save viewport as PNG (image only)…");
        pngPlain.setId("export-png-plain");
        pngPlain.setOnAction(e -> actions.savePng(false));
        MenuItem copy = new MenuItem("Copy viewport to clipboard");
        copy.setId("copy-image");
        copy.setOnAction(e -> actions.copyImage());
        export.getItems().addAll(png, pngPlain, new SeparatorMenuItem(), copy);
        return export;
    }

    private static ToggleButton toggle(String text, String id, String tip, BooleanProperty state) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.selectedProperty().bindBidirectional(state);
        return b;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A bar styled as a tool bar. */
    private static PriorityBar bar() {
        PriorityBar bar = new PriorityBar();
        bar.getStyleClass().add("tool-bar");
        return bar;
    }
}

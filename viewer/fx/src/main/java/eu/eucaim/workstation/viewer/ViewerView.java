package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.viewer.viewport.ViewportView;
import eu.eucaim.workstation.viewer.viewport.ViewportViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The Viewer tab, laid out: tool bars on top ({@link ViewerToolbar}), the series browser on the left, 1–4
 * viewports in the middle ({@link ViewportGrid}), the measurements of the current image on the right, the status
 * line below. Keys: {@link ViewerKeys}. Files dropped on it open. It asks the user about files only through the
 * {@link ViewerDialogs} it is given.
 */
public final class ViewerView extends BorderPane {
    /** Below this width the side panels take their narrow widths. */
    private static final double NARROW = 1200;

    private final ViewerViewModel vm;
    private final List<ViewportView> views = new ArrayList<>();
    private final StringProperty cursor = new SimpleStringProperty("");
    private final TagWindow tags;
    private final SeriesBrowser series;
    private SidePanels side;

    /** @param dialogs asks the user about files (the application's choosers, or a test's answers) */
    public ViewerView(ViewerViewModel vm, ViewerDialogs dialogs) {
        this.vm = vm;
        setId("viewer");
        for (ViewportViewModel vp : vm.viewports()) {
            ViewportView v = new ViewportView(
                    vp,
                    vm.toolProperty(),
                    vm.annotations(),
                    vm.overlaysProperty(),
                    () -> vm.referenceSliceFor(vp),
                    cursor::set);
            v.setId("viewport-" + views.size());
            views.add(v);
        }
        // reference lines follow the active image
        vm.activeSliceProperty().addListener((o, a, s) -> redrawAll());
        vm.referenceLinesProperty().addListener((o, a, b) -> redrawAll());
        tags = new TagWindow(this, vm.activeSliceProperty());
        ViewportExport export = new ViewportExport(vm, this::activeView, dialogs);

        setTop(new ViewerToolbar(vm, new ViewerToolbar.Actions() {
            @Override
            public void openFiles() {
                List<Path> files = dialogs.chooseFilesToOpen();
                if (!files.isEmpty()) {
                    vm.open(files);
                }
            }

            @Override
            public void openFolder() {
                dialogs.chooseFolderToOpen().ifPresent(dir -> vm.open(List.of(dir)));
            }

            @Override
            public void showTags() {
                ViewerView.this.showTags();
            }

            @Override
            public void savePng(boolean withOverlays) {
                export.savePng(withOverlays);
            }

            @Override
            public void copyImage() {
                export.copy();
            }
        }));
        series = new SeriesBrowser(vm);
        MeasurementList measurements = new MeasurementList(vm);
        setLeft(series);
        setCenter(new ViewportGrid(vm, views));
        setRight(measurements);
        // In a narrow window the side panels give the images their room (a 2×2 at 1024 px wide).
        widthProperty().addListener((o, a, w) -> {
            boolean narrow = w.doubleValue() < NARROW;
            series.setPrefWidth(narrow ? SeriesBrowser.NARROW_WIDTH : SeriesBrowser.WIDTH);
            measurements.setPrefWidth(narrow ? MeasurementList.NARROW_WIDTH : MeasurementList.WIDTH);
            if (side != null) {
                side.narrow(narrow);
            }
        });
        setBottom(statusLine());

        addEventFilter(KeyEvent.KEY_PRESSED, new ViewerKeys(vm, this::showTags));
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                vm.open(e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** Opens these paths (files, folders, zip archives, DICOMDIRs): the entry for other tabs and the command line. */
    public CompletableFuture<Void> open(List<Path> paths) {
        return vm.open(paths);
    }

    /** Opens these paths and shows the image {@code focus} (one of their files) first. */
    public CompletableFuture<Void> open(List<Path> paths, Path focus) {
        return vm.open(paths, focus);
    }

    /**
     * Adds a panel beside the series browser, in a tab of its own (the app's offline library): {@code width} wide,
     * {@code narrowWidth} in a narrow window; {@code whenShown} runs each time its tab is chosen (to read again what
     * may have changed while it was hidden).
     */
    public void addSidePanel(
            String id, String title, Region content, double width, double narrowWidth, Runnable whenShown) {
        if (side == null) {
            side = new SidePanels(series, vm);
            side.narrow(getWidth() > 0 && getWidth() < NARROW);
            setLeft(new javafx.scene.layout.HBox(side, side.edge()));
        }
        side.add(id, title, content, width, narrowWidth, whenShown);
        if (vm.series().isEmpty()) {
            side.getSelectionModel().select(1); // the first panel added (the library) shows what to open
        }
    }

    /**
     * The side panels take the widths the user dragged them to before, by panel id, and tell {@code onChange} the
     * widths each time the user drags or resets one (the app keeps them in its settings). Call after adding them.
     */
    public void rememberSidePanelWidths(
            java.util.Map<String, Double> widths, java.util.function.Consumer<java.util.Map<String, Double>> onChange) {
        if (side != null) {
            side.remember(widths, onChange);
        }
    }

    /** Opens (or brings forward) the tag browser, which follows the active viewport's image. */
    public void showTags() {
        tags.show();
    }

    public ViewerViewModel viewModel() {
        return vm;
    }

    private ViewportView activeView() {
        return views.get(vm.viewports().indexOf(vm.active()));
    }

    private void redrawAll() {
        views.forEach(ViewportView::redraw);
    }

    private Node statusLine() {
        Label status = new Label();
        status.setId("viewer-status");
        status.textProperty().bind(vm.statusProperty());
        Label cursorLabel = new Label();
        cursorLabel.setId("cursor-info");
        cursorLabel.textProperty().bind(cursor);
        ProgressIndicator spin = new ProgressIndicator();
        spin.setMaxSize(16, 16);
        spin.visibleProperty().bind(vm.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(10, spin, status, spacer, cursorLabel);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(3, 10, 3, 10));
        return line;
    }
}

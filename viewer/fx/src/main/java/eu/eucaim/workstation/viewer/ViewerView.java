package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.viewer.browser.SeriesCell;
import eu.eucaim.workstation.viewer.browser.SeriesItem;
import eu.eucaim.workstation.viewer.engine.Annotation;
import eu.eucaim.workstation.viewer.engine.Interpolation;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.engine.WindowPreset;
import eu.eucaim.workstation.viewer.tags.TagBrowserView;
import eu.eucaim.workstation.viewer.viewport.ViewportView;
import eu.eucaim.workstation.viewer.viewport.ViewportViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The Viewer tab: toolbar, series browser, 1–4 viewports, the measurements of the current image, status line.
 * Keys (when the viewer has focus): arrows/Page Up/Down/Home/End scroll, 1–9 presets, I invert, R rotate,
 * H/V flip, F fit, A 1:1, S smooth, O overlays, Space cine, T tags, Delete the last measurement.
 */
public final class ViewerView extends BorderPane {
    private final ViewerViewModel vm;
    private final List<ViewportView> views = new ArrayList<>();
    private final GridPane grid = new GridPane();
    private final ListView<SeriesItem> seriesList = new ListView<>();
    private final ListView<Annotation> annotationList = new ListView<>();
    private final StringProperty cursor = new SimpleStringProperty("");
    private final Timeline cine = new Timeline();
    private final Spinner<Integer> fps = new Spinner<>(1, 60, 10);
    private final ToggleButton cineButton = new ToggleButton("Cine");
    private final ToggleButton smooth = new ToggleButton("Smooth");
    private final ToggleButton overlaysButton = new ToggleButton("Overlays");
    private final MenuButton presets = new MenuButton("W/L");
    private Stage tagStage;
    private TagBrowserView tagBrowser;

    public ViewerView(ViewerViewModel vm) {
        this.vm = vm;
        setId("viewer");
        for (ViewportViewModel vp : vm.viewports()) {
            ViewportView v = new ViewportView(
                    vp,
                    vm.toolProperty(),
                    vm.annotations(),
                    vm.overlaysProperty(),
                    () -> vm.referenceLinesProperty().get() && vm.active() != vp && vm.active() != null
                            ? vm.active().sliceProperty().get()
                            : null,
                    cursor::set);
            v.setId("viewport-" + views.size());
            v.surface()
                    .addEventFilter(
                            javafx.scene.input.MouseEvent.MOUSE_PRESSED,
                            e -> vm.activeProperty().set(vp));
            v.setOnDragOver(e -> {
                if (e.getDragboard().hasContent(SeriesCell.SERIES)) {
                    e.acceptTransferModes(TransferMode.COPY);
                    e.consume();
                }
            });
            v.setOnDragDropped(e -> {
                Object uid = e.getDragboard().getContent(SeriesCell.SERIES);
                vm.series().stream()
                        .filter(s -> s.seriesUid().equals(uid))
                        .findFirst()
                        .ifPresent(s -> vm.show(s, vp));
                e.setDropCompleted(uid != null);
                e.consume();
            });
            vp.sliceProperty().addListener((o, a, s) -> {
                refreshAnnotations();
                refreshTags();
                views.forEach(ViewportView::redraw); // reference lines follow the active slice
            });
            views.add(v);
        }
        grid.setId("viewports");
        grid.setHgap(2);
        grid.setVgap(2);
        grid.setStyle("-fx-background-color: #333;");
        vm.rowsProperty().addListener((o, a, b) -> relayout());
        vm.columnsProperty().addListener((o, a, b) -> relayout());
        vm.activeProperty().addListener((o, a, b) -> {
            highlightActive();
            refreshAnnotations();
            refreshTags();
            syncControls();
        });
        relayout();

        seriesList.setId("series-list");
        seriesList.setItems(vm.series());
        seriesList.setCellFactory(l -> new SeriesCell());
        seriesList.setPlaceholder(new Label("No images open"));
        seriesList.setOnMouseClicked(e -> {
            SeriesItem item = seriesList.getSelectionModel().getSelectedItem();
            if (item != null && e.getClickCount() == 2) {
                vm.show(item);
            }
        });
        seriesList.setOnKeyPressed(e -> {
            SeriesItem item = seriesList.getSelectionModel().getSelectedItem();
            if (item != null && e.getCode() == KeyCode.ENTER) {
                vm.show(item);
            }
        });
        Label seriesTitle = new Label("Series");
        seriesTitle.getStyleClass().add("title-4");
        VBox left = new VBox(6, seriesTitle, seriesList);
        left.setPadding(new Insets(6));
        VBox.setVgrow(seriesList, Priority.ALWAYS);
        left.setMinWidth(220);

        annotationList.setId("annotation-list");
        Label none = new Label("No measurements on this image");
        none.setWrapText(true);
        annotationList.setPlaceholder(none);
        annotationList.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label text = new Label(
                        a.kind().name().charAt(0) + a.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT)
                                + ": " + a.label().replace("\n", ", "));
                text.setWrapText(true);
                text.setMinHeight(Region.USE_PREF_SIZE);
                // A fixed width to wrap at, so the cell's height is computed for it (a max width is not enough).
                text.prefWidthProperty().bind(annotationList.widthProperty().subtract(28));
                setText(null);
                setGraphic(text);
            }
        });
        Button delete = new Button("Delete");
        delete.setId("delete-annotation");
        delete.setOnAction(
                e -> deleteAnnotation(annotationList.getSelectionModel().getSelectedItem()));
        Label measTitle = new Label("Measurements");
        measTitle.getStyleClass().add("title-4");
        VBox right = new VBox(6, measTitle, annotationList, delete);
        right.setPadding(new Insets(6));
        VBox.setVgrow(annotationList, Priority.ALWAYS);
        right.setMinWidth(200);

        left.setPrefWidth(270);
        left.setMaxWidth(270);
        right.setPrefWidth(230);
        right.setMaxWidth(230);
        setTop(toolbar());
        setLeft(left);
        setCenter(grid);
        setRight(right);
        setBottom(statusLine());

        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
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
        vm.annotations().versionProperty().addListener((o, a, b) -> refreshAnnotations());
        fps.valueProperty().addListener((o, a, b) -> restartCine());
        cineButton.selectedProperty().addListener((o, a, on) -> restartCine());
        highlightActive();
    }

    /** Opens these paths (files, folders, zip archives, DICOMDIRs): the entry for other tabs and the command line. */
    public java.util.concurrent.CompletableFuture<Void> open(List<Path> paths) {
        return vm.open(paths);
    }

    private Node toolbar() {
        Button openFiles =
                button("Open files…", "viewer-open-files", "Open DICOM files, a zip or a DICOMDIR", this::chooseFiles);
        Button openFolder = button(
                "Open folder…", "viewer-open-folder", "Open every DICOM file under a folder", this::chooseFolder);
        Button close =
                button("Close all", "viewer-close", "Close every series and forget the measurements", vm::closeStudies);

        ToggleGroup layoutGroup = new ToggleGroup();
        HBox layouts = new HBox(2);
        for (int[] rc : new int[][] {{1, 1}, {1, 2}, {2, 1}, {2, 2}}) {
            ToggleButton b = new ToggleButton(rc[0] + "×" + rc[1]);
            b.setId("layout-" + rc[0] + "x" + rc[1]);
            b.setToggleGroup(layoutGroup);
            b.setTooltip(new Tooltip(rc[0] + " row(s) × " + rc[1] + " column(s)"));
            b.setSelected(rc[0] == 1 && rc[1] == 1);
            b.setOnAction(e -> {
                b.setSelected(true);
                vm.layout(rc[0], rc[1]);
            });
            Runnable follow = () -> b.setSelected(
                    vm.rowsProperty().get() == rc[0] && vm.columnsProperty().get() == rc[1]);
            vm.rowsProperty().addListener((o, x, y) -> follow.run());
            vm.columnsProperty().addListener((o, x, y) -> follow.run());
            layouts.getChildren().add(b);
        }

        ToggleGroup tools = new ToggleGroup();
        HBox toolBox = new HBox(2);
        for (Tool t : Tool.values()) {
            ToggleButton b = new ToggleButton(t.label());
            b.setId("tool-" + t.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(tools);
            b.setSelected(vm.toolProperty().get() == t);
            b.setOnAction(e -> {
                b.setSelected(true);
                vm.toolProperty().set(t);
            });
            vm.toolProperty().addListener((o, a, now) -> b.setSelected(now == t));
            toolBox.getChildren().add(b);
        }

        presets.setId("presets");
        presets.setOnShowing(e -> fillPresets());

        Button fit = button(
                "Fit",
                "fit",
                "Fit the image to the viewport (F)",
                () -> vm.active().fit());
        Button one = button(
                "1:1",
                "one-to-one",
                "One image pixel per screen pixel (A)",
                () -> vm.active().oneToOne());
        Button rotate = button(
                "Rotate",
                "rotate",
                "Turn a quarter clockwise (R)",
                () -> vm.active().rotateClockwise());
        Button flipH = button(
                "Flip H", "flip-h", "Mirror left–right (H)", () -> vm.active().flipHorizontal());
        Button flipV = button(
                "Flip V", "flip-v", "Mirror top–bottom (V)", () -> vm.active().flipVertical());
        Button invert = button(
                "Invert",
                "invert",
                "Invert the gray levels (I)",
                () -> vm.active().toggleInvert());
        smooth.setId("smooth");
        smooth.setTooltip(new Tooltip("Smooth (bilinear) or nearest-neighbour resampling (S)"));
        smooth.setSelected(true);
        smooth.setOnAction(e -> vm.active()
                .interpolationProperty()
                .set(smooth.isSelected() ? Interpolation.BILINEAR : Interpolation.NEAREST));
        cineButton.setId("cine");
        cineButton.setTooltip(new Tooltip("Play the stack (Space)"));
        fps.setId("cine-fps");
        fps.setPrefWidth(70);
        fps.setEditable(true);
        fps.setTooltip(new Tooltip("Cine frames per second"));
        overlaysButton.setId("overlays");
        overlaysButton.setTooltip(new Tooltip("Patient, study and image information, orientation, scale (O)"));
        overlaysButton.selectedProperty().bindBidirectional(vm.overlaysProperty());
        ToggleButton sync = new ToggleButton("Sync");
        sync.setId("sync");
        sync.setTooltip(new Tooltip("Scroll series of the same Frame of Reference together"));
        sync.selectedProperty().bindBidirectional(vm.syncProperty());
        ToggleButton refLines = new ToggleButton("Ref. lines");
        refLines.setId("reference-lines");
        refLines.setTooltip(new Tooltip("Show where the active image cuts the other viewports"));
        refLines.selectedProperty().bindBidirectional(vm.referenceLinesProperty());
        refLines.selectedProperty().addListener((o, a, b) -> views.forEach(ViewportView::redraw));
        Button tags = button("Tags", "tags", "DICOM tags of the current image (T)", this::showTags);

        MenuButton export = new MenuButton("Export");
        export.setId("export");
        MenuItem png = new MenuItem("Save viewport as PNG (with overlays)…");
        png.setId("export-png");
        png.setOnAction(e -> exportPng(true));
        MenuItem pngPlain = new MenuItem("Save viewport as PNG (image only)…");
        pngPlain.setOnAction(e -> exportPng(false));
        MenuItem copy = new MenuItem("Copy viewport to clipboard");
        copy.setId("copy-image");
        copy.setOnAction(e -> copyImage());
        export.getItems().addAll(png, pngPlain, new SeparatorMenuItem(), copy);

        ToolBar first = new ToolBar(openFiles, openFolder, close, sep(), layouts, sep(), toolBox);
        ToolBar second = new ToolBar(
                presets,
                fit,
                one,
                rotate,
                flipH,
                flipV,
                invert,
                smooth,
                sep(),
                cineButton,
                fps,
                new Label("fps"),
                sep(),
                overlaysButton,
                sync,
                refLines,
                sep(),
                tags,
                export);
        VBox bars = new VBox(first, second);
        bars.setId("viewer-toolbar");
        return bars;
    }

    private static Node sep() {
        return new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL);
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void fillPresets() {
        presets.getItems().clear();
        ViewportViewModel vp = vm.active();
        MenuItem own = new MenuItem("1  Image's own window");
        own.setOnAction(e -> vp.preset(1));
        presets.getItems().add(own);
        List<WindowPreset> list = WindowPreset.forModality(vp.modalityProperty().get());
        for (int i = 0; i < list.size(); i++) {
            int key = i + 2;
            WindowPreset p = list.get(i);
            MenuItem m = new MenuItem(key + "  " + p.name()
                    + String.format(
                            java.util.Locale.ROOT,
                            " (W %.0f L %.0f)",
                            p.window().width(),
                            p.window().center()));
            m.setId("preset-" + p.name().toLowerCase(java.util.Locale.ROOT));
            m.setOnAction(e -> vp.preset(key));
            presets.getItems().add(m);
        }
        if (list.isEmpty()) {
            MenuItem full = new MenuItem("2  Full range");
            full.setOnAction(e -> vp.preset(2));
            presets.getItems().add(full);
        }
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

    private void relayout() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int r = vm.rowsProperty().get();
        int c = vm.columnsProperty().get();
        for (int i = 0; i < c; i++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 / c);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < r; i++) {
            javafx.scene.layout.RowConstraints rc = new javafx.scene.layout.RowConstraints();
            rc.setPercentHeight(100.0 / r);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < r * c; i++) {
            ViewportView v = views.get(i);
            v.setMinSize(0, 0);
            v.setPrefSize(10, 10);
            v.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            grid.add(v, i % c, i / c);
        }
        highlightActive();
    }

    private void highlightActive() {
        boolean several = vm.rowsProperty().get() * vm.columnsProperty().get() > 1;
        for (ViewportView v : views) {
            boolean on = several && v.viewModel() == vm.active();
            v.setBorder(
                    on
                            ? new javafx.scene.layout.Border(new javafx.scene.layout.BorderStroke(
                                    Color.web("#42a5f5"),
                                    javafx.scene.layout.BorderStrokeStyle.SOLID,
                                    null,
                                    new javafx.scene.layout.BorderWidths(2)))
                            : null);
        }
    }

    private void syncControls() {
        ViewportViewModel a = vm.active();
        smooth.setSelected(a.interpolationProperty().get() == Interpolation.BILINEAR);
    }

    private ViewportView activeView() {
        return views.get(vm.viewports().indexOf(vm.active()));
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        ViewportViewModel a = vm.active();
        int n = a.countProperty().get();
        boolean handled = true;
        switch (e.getCode()) {
            case UP, LEFT -> a.scroll(-1);
            case DOWN, RIGHT -> a.scroll(1);
            case PAGE_UP -> a.scroll(-Math.max(1, n / 10));
            case PAGE_DOWN -> a.scroll(Math.max(1, n / 10));
            case HOME -> a.setIndex(0);
            case END -> a.setIndex(n - 1);
            case I -> a.toggleInvert();
            case R -> a.rotateClockwise();
            case H -> a.flipHorizontal();
            case V -> a.flipVertical();
            case F -> a.fit();
            case A -> a.oneToOne();
            case S -> {
                smooth.setSelected(!smooth.isSelected());
                a.interpolationProperty().set(smooth.isSelected() ? Interpolation.BILINEAR : Interpolation.NEAREST);
            }
            case O -> vm.overlaysProperty().set(!vm.overlaysProperty().get());
            case SPACE -> cineButton.setSelected(!cineButton.isSelected());
            case T -> showTags();
            case DELETE, BACK_SPACE -> {
                Slice s = a.sliceProperty().get();
                if (s != null) {
                    ObservableList<Annotation> list = vm.annotations().of(s.ref());
                    if (!list.isEmpty()) {
                        list.remove(list.size() - 1);
                    }
                }
            }
            default -> {
                if (e.getCode().isDigitKey() && e.getCode() != KeyCode.DIGIT0 && e.getCode() != KeyCode.NUMPAD0) {
                    a.preset(Integer.parseInt(
                            e.getText().isEmpty() ? "0" : e.getText().substring(0, 1)));
                } else {
                    handled = false;
                }
            }
        }
        if (handled) {
            e.consume();
        }
    }

    private void restartCine() {
        cine.stop();
        cine.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1.0 / Math.max(1, fps.getValue())), e -> {
            ViewportViewModel a = vm.active();
            int n = a.countProperty().get();
            if (n > 1) {
                a.setIndex((a.indexProperty().get() + 1) % n);
            }
        }));
        cine.setCycleCount(Timeline.INDEFINITE);
        if (cineButton.isSelected()) {
            cine.play();
        }
    }

    private void refreshAnnotations() {
        Slice s = vm.active().sliceProperty().get();
        annotationList.setItems(
                s == null
                        ? javafx.collections.FXCollections.observableArrayList()
                        : vm.annotations().of(s.ref()));
    }

    private void deleteAnnotation(Annotation a) {
        Slice s = vm.active().sliceProperty().get();
        if (a != null && s != null) {
            vm.annotations().of(s.ref()).remove(a);
        }
    }

    private void chooseFiles() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open DICOM files, a zip archive or a DICOMDIR");
        List<File> files = fc.showOpenMultipleDialog(getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            vm.open(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Open a folder of DICOM files");
        File dir = dc.showDialog(getScene().getWindow());
        if (dir != null) {
            vm.open(List.of(dir.toPath()));
        }
    }

    /** Opens (or brings forward) the tag browser, which follows the active viewport's image. */
    public void showTags() {
        if (tagStage == null) {
            tagBrowser = new TagBrowserView();
            tagStage = new Stage();
            tagStage.setTitle("DICOM tags");
            tagStage.initOwner(getScene().getWindow());
            Scene scene = new Scene(tagBrowser, 860, 640);
            scene.getStylesheets().setAll(getScene().getStylesheets());
            tagStage.setScene(scene);
        }
        refreshTags();
        tagStage.show();
        tagStage.toFront();
    }

    private void refreshTags() {
        if (tagBrowser == null) {
            return;
        }
        Slice s = vm.active().sliceProperty().get();
        tagBrowser.show(
                s == null ? null : s.header(),
                s == null
                        ? ""
                        : s.ref().source().location()
                                + (s.ref().frame() > 0 ? " (frame " + (s.ref().frame() + 1) + ")" : ""));
    }

    public TagBrowserView tagBrowser() {
        return tagBrowser;
    }

    /** A picture of the active viewport, with or without the overlays. */
    public WritableImage snapshot(boolean withOverlays) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.BLACK);
        return activeView().exportNode(withOverlays).snapshot(p, null);
    }

    private void exportPng(boolean withOverlays) {
        WritableImage img = snapshot(withOverlays);
        FileChooser fc = new FileChooser();
        fc.setTitle("Save viewport as PNG");
        fc.setInitialFileName("viewport.png");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = fc.showSaveDialog(getScene().getWindow());
        if (f != null) {
            vm.savePng(img, f.toPath());
        }
    }

    private void copyImage() {
        ClipboardContent c = new ClipboardContent();
        c.putImage(snapshot(vm.overlaysProperty().get()));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        vm.statusProperty().set("Viewport copied to the clipboard");
    }

    public List<ViewportView> viewportViews() {
        return views;
    }

    public ViewerViewModel viewModel() {
        return vm;
    }
}

package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.viewer.browser.SeriesCell;
import eu.eucaim.workstation.viewer.viewport.ViewportView;
import java.util.List;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.paint.Color;

/**
 * The viewports in the layout's rows and columns, the active one framed in blue when several show. A click makes
 * a viewport active; a series dragged from the browser onto one shows there.
 */
final class ViewportGrid extends GridPane {
    private static final Border ACTIVE =
            new Border(new BorderStroke(Color.web("#42a5f5"), BorderStrokeStyle.SOLID, null, new BorderWidths(2)));

    private final ViewerViewModel vm;
    private final List<ViewportView> views;

    ViewportGrid(ViewerViewModel vm, List<ViewportView> views) {
        this.vm = vm;
        this.views = views;
        setId("viewports");
        setHgap(2);
        setVgap(2);
        setStyle("-fx-background-color: #333;");
        for (ViewportView v : views) {
            v.surface()
                    .addEventFilter(
                            MouseEvent.MOUSE_PRESSED, e -> vm.activeProperty().set(v.viewModel()));
            v.setOnDragOver(e -> {
                if (e.getDragboard().hasContent(SeriesCell.SERIES)) {
                    e.acceptTransferModes(TransferMode.COPY);
                    e.consume();
                }
            });
            v.setOnDragDropped(e -> {
                Object uid = e.getDragboard().getContent(SeriesCell.SERIES);
                e.setDropCompleted(uid instanceof String s && vm.show(s, v.viewModel()));
                e.consume();
            });
        }
        vm.rowsProperty().addListener((o, a, b) -> relayout());
        vm.columnsProperty().addListener((o, a, b) -> relayout());
        vm.activeProperty().addListener((o, a, b) -> highlightActive());
        relayout();
    }

    private void relayout() {
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        int r = vm.rowsProperty().get();
        int c = vm.columnsProperty().get();
        for (int i = 0; i < c; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / c);
            cc.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(cc);
        }
        for (int i = 0; i < r; i++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / r);
            rc.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(rc);
        }
        for (int i = 0; i < r * c; i++) {
            ViewportView v = views.get(i);
            v.setMinSize(0, 0);
            v.setPrefSize(10, 10);
            v.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            add(v, i % c, i / c);
        }
        highlightActive();
    }

    private void highlightActive() {
        boolean several = vm.rowsProperty().get() * vm.columnsProperty().get() > 1;
        for (ViewportView v : views) {
            v.setBorder(several && v.viewModel() == vm.active() ? ACTIVE : null);
        }
    }
}

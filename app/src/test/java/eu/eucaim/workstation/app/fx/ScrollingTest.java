package eu.eucaim.workstation.app.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The row a user chose stays whole in view when its table is made shorter (the Remote panel's study list, once the
 * chosen study's series are shown below it).
 */
class ScrollingTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theChosenRowStaysWholeWhenTheTableIsMadeShorter() throws Exception {
        TableView<String> table = onFx(() -> {
            TableView<String> t = new TableView<>();
            TableColumn<String, String> name = new TableColumn<>("Name");
            name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()));
            t.getColumns().add(name);
            t.setFixedCellSize(30);
            t.getItems().addAll("first", "second", "third", "fourth");
            Scrolling.keepSelectionInView(t);
            t.setPrefHeight(200); // every row in view
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(t), 300, 200));
            stage.show();
            return t;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            table.getSelectionModel().select(3);
            table.setMaxHeight(100); // the heading and two rows and a half
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> table.lookupAll(".table-row-cell").stream()
                        .filter(r -> r.isVisible() && ((javafx.scene.control.TableRow<?>) r).getIndex() == 3)
                        .anyMatch(r -> whole(table, r))))
                .as("the chosen row whole in view")
                .isTrue();
        onFx(() -> {
            table.getScene().getWindow().hide();
            return null;
        });
    }

    private static boolean whole(TableView<?> table, Node row) {
        Node view = table.lookup(".clipped-container");
        Bounds v = view.localToScene(view.getLayoutBounds());
        Bounds r = row.localToScene(row.getLayoutBounds());
        return row.isVisible() && r.getMinY() >= v.getMinY() - 1 && r.getMaxY() <= v.getMaxY() + 1;
    }
}

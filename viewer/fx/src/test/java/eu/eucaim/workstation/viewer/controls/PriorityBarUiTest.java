package eu.eucaim.workstation.viewer.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The bar gives way by priority: icons only first, then into "More", whose entries act on the controls. */
class PriorityBarUiTest extends FxRobot {
    private Stage stage;
    private PriorityBar bar;
    private Button run;
    private Button save;
    private Button open;
    private ToggleButton sync;
    private MenuButton export;
    private final AtomicInteger opened = new AtomicInteger();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.setupStage(s -> {
            bar = new PriorityBar();
            run = bar.add(new Button("Run the query now", new Rectangle(16, 16)), PriorityBar.ALWAYS);
            bar.spacer();
            save = bar.add(new Button("Download the report", new Rectangle(16, 16)), 20);
            open = bar.add(new Button("Open a saved report", new Rectangle(16, 16)), 10);
            open.setId("open");
            open.setOnAction(e -> opened.incrementAndGet());
            bar.separator();
            sync = bar.add(new ToggleButton("Synchronise scrolling"), 30);
            export = bar.add(new MenuButton("Export", null, new MenuItem("As PNG")), 40);
            export.setId("export");
            s.setScene(new Scene(new StackPane(bar), 1000, 60));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void wideEverythingWholeNarrowTheLeastImportantGiveWayFirst() throws Exception {
        assertThat(onFx(() -> bar.moreMenu().isEmpty() && open.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY))
                .isTrue();
        double whole = onFx(() -> bar.prefWidth(-1));

        resize(whole - 40); // a little short: the least important shows its icon only
        assertThat(onFx(() -> open.getContentDisplay())).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
        assertThat(onFx(() -> open.getTooltip().getText())).isEqualTo("Open a saved report");
        assertThat(onFx(() -> save.getContentDisplay())).isNotEqualTo(ContentDisplay.GRAPHIC_ONLY);
        assertThat(onFx(() -> bar.moreMenu())).isEmpty();

        resize(200); // far too short: all that can goes into More, the query button stays whole
        assertThat(onFx(() -> open.isVisible() || save.isVisible() || sync.isVisible() || export.isVisible()))
                .isFalse();
        assertThat(onFx(() -> run.isVisible() && run.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY))
                .isTrue();
        MenuButton more = onFx(() -> bar.moreMenu().orElseThrow());
        clickOn(more);
        assertThat(onFx(() -> more.getItems().stream().map(MenuItem::getText).toList()))
                .containsExactly("Download the report", "Open a saved report", "Synchronise scrolling", "Export");
        clickOn("#menu-open");
        assertThat(opened).as("the entry fired the button").hasValue(1);

        resize(whole + 50); // wide again: all back, whole
        assertThat(onFx(() -> open.isVisible() && open.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY))
                .isTrue();
        assertThat(onFx(() -> bar.moreMenu())).isEmpty();
    }

    @Test
    void anOpenMenuInTheBarStaysOpenWhileTheBarLaysOut() throws Exception {
        clickOn("#export");
        assertThat(onFx(() -> export.isShowing())).isTrue();
        onFx(() -> {
            bar.requestLayout(); // measuring the bar must not touch its controls
            bar.prefWidth(-1);
            bar.minWidth(-1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> export.isShowing())).isTrue();
    }

    private void resize(double width) throws Exception {
        onFx(() -> {
            stage.setWidth(width);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }
}

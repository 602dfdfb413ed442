package eu.eucaim.workstation.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.app.tab.Destination;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Tabs open what other tabs ask for, without knowing each other. */
class NavigatorTest {
    final List<String> warnings = new ArrayList<>();
    final List<String> opened = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aDestinationOpensInTheTabThatRegisteredItsKind() throws Exception {
        TabPane tabs = onFx(TabPane::new);
        Tab catalogue = onFx(() -> new Tab("Catalogue"));
        Tab viewer = onFx(() -> new Tab("Viewer"));
        Navigator navigator = onFx(() -> {
            tabs.getTabs().addAll(catalogue, viewer);
            Navigator n = new Navigator(tabs, warnings::add);
            n.add("catalogue", catalogue);
            n.add("viewer", viewer);
            n.register(Destination.Dataset.class, "catalogue", d -> {
                opened.add("dataset " + d.id() + " from " + d.node());
                return CompletableFuture.completedFuture(null);
            });
            n.register(Destination.Images.class, "viewer", i -> {
                opened.add(i.paths().size() + " images");
                return CompletableFuture.completedFuture(null);
            });
            return n;
        });

        onFx(() -> navigator.open(new Destination.Images(List.of(Path.of("a.dcm"), Path.of("b.dcm")))));
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem())).isSameAs(viewer);
        onFx(() -> navigator.open(new Destination.Dataset("ds-1", URI.create("http://127.0.0.1:2"))));
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem())).isSameAs(catalogue);
        assertThat(opened).containsExactly("2 images", "dataset ds-1 from http://127.0.0.1:2");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aKindNoTabOpensIsToldToTheUserAndFails() throws Exception {
        TabPane tabs = onFx(TabPane::new);
        Navigator navigator = onFx(() -> new Navigator(tabs, warnings::add));
        CompletableFuture<Void> result = onFx(() -> navigator.open(new Destination.Ticket("42")));
        assertThat(result).isCompletedExceptionally();
        assertThat(warnings).containsExactly("This version cannot open a ticket yet.");
    }

    @Test
    void aDisabledTabIsNotShown() throws Exception {
        TabPane tabs = onFx(TabPane::new);
        Tab first = onFx(() -> new Tab("First"));
        Tab off = onFx(() -> new Tab("Off"));
        Navigator navigator = onFx(() -> {
            tabs.getTabs().addAll(first, off);
            off.setDisable(true);
            Navigator n = new Navigator(tabs, warnings::add);
            n.add("off", off);
            return n;
        });
        onFx(() -> {
            navigator.show("off");
            navigator.show("no-such-tab");
            return null;
        });
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem())).isSameAs(first);
    }
}

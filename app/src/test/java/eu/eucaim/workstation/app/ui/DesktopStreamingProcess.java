package eu.eucaim.workstation.app.ui;

import eu.eucaim.workstation.app.viewer.remote.RemoteSearchView;
import eu.eucaim.workstation.app.viewer.remote.RemoteSearchViewModel;
import eu.eucaim.workstation.client.auth.FormFillingBrowser;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app, window and all (headless, as the UI tests run it), in a process of its own for
 * {@code AppKilledWhileStreamingTest}: on the home folder {@code eucaim.home} whose settings point it at a node, it
 * signs in, goes to the Viewer's Remote panel, searches, chooses the first study and opens its first series, which
 * streams into the app's offline library middle first; it prints {@code streaming} then. With {@code keep} it then
 * keeps the study offline, closes the app as its window's close does and prints {@code complete}.
 *
 * <p>Arguments: the user to sign in as, {@code stream} or {@code keep}. Run with the TestFX headless JVM options.
 */
public final class DesktopStreamingProcess {
    private static final FxRobot ROBOT = new FxRobot();

    private DesktopStreamingProcess() {}

    public static void main(String[] args) throws Exception {
        String user = args[0];
        boolean keep = args[1].equals("keep");
        FxToolkit.registerPrimaryStage();
        Application app =
                FxToolkit.setupApplication(() -> new TestDesktopApp(FormFillingBrowser.signingInAs(user, user)));
        await(
                "the node is online",
                () -> ROBOT.lookup("#node-state")
                        .tryQuery()
                        .map(n -> "Online".equals(((Label) n).getText()))
                        .orElse(false));
        ROBOT.clickOn("#tab-negotiations");
        await(
                "the gate offers sign-in",
                () -> ROBOT.lookup("#gate-negotiations .gate-sign-in")
                        .tryQuery()
                        .isPresent());
        ROBOT.clickOn("#gate-negotiations .gate-sign-in");
        await(
                "signed in",
                () -> ROBOT.lookup("#negotiations")
                        .tryQuery()
                        .map(Node::isVisible)
                        .orElse(false));

        ROBOT.clickOn("#tab-viewer");
        await("the Viewer", () -> ROBOT.lookup("#viewer-side").tryQuery().isPresent());
        onFx(() -> {
            TabPane side = ROBOT.lookup("#viewer-side").queryAs(TabPane.class);
            side.getTabs().stream()
                    .filter(t -> "viewer-side-remote".equals(t.getId()))
                    .findFirst()
                    .ifPresent(t -> side.getSelectionModel().select(t));
            return null;
        });
        await(
                "the node is a source",
                () -> ROBOT.lookup("#remote-source").tryQuery().isPresent());
        ROBOT.clickOn("#remote-search");
        RemoteSearchViewModel vm = onFx(
                () -> ROBOT.lookup("#remote").queryAs(RemoteSearchView.class).viewModel());
        await("studies are found", () -> !vm.studies().isEmpty());
        onFx(() -> {
            vm.choose(vm.studies().get(0));
            return null;
        });
        await(
                "the series are listed",
                () -> !vm.seriesOfStudy().isEmpty() && vm.accessKnownProperty().get());
        onFx(() -> {
            vm.open(vm.seriesOfStudy().get(0));
            return null;
        });
        await("the series opened", () -> vm.statusProperty().get().startsWith("Opened"));
        System.out.println("streaming");
        if (!keep) {
            Thread.sleep(Long.MAX_VALUE); // killed by the test
        }
        onFx(() -> {
            vm.keepOffline();
            return null;
        });
        await(
                "the study is kept offline",
                () -> vm.keepProgressProperty().get() < 0
                        && vm.statusProperty().get().contains("kept offline"));
        FxToolkit.cleanupApplication(app); // as the window's close: the app stops and closes its library
        System.out.println("complete");
        System.exit(0);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(onFx(condition))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("Not within 120 s: " + what);
    }
}

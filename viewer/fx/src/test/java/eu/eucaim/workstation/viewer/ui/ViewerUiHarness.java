package eu.eucaim.workstation.viewer.ui;

import eu.eucaim.workstation.viewer.ViewerDialogs;
import eu.eucaim.workstation.viewer.ViewerView;
import eu.eucaim.workstation.viewer.ViewerViewModel;
import eu.eucaim.workstation.viewer.viewport.RenderedFrame;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Viewer tab on a headless stage for TestFX tests, with dialogs answered by the test, and what those tests need
 * to look at it: the active viewport's frame, points of its surface, waiting for the UI.
 */
abstract class ViewerUiHarness extends FxRobot {
    @TempDir
    Path dir;

    ExecutorService io;
    ViewerViewModel vm;
    ViewerView view;
    final AnsweringDialogs dialogs = new AnsweringDialogs();

    /** Answers the Viewer's questions as a user would in the choosers. */
    static final class AnsweringDialogs implements ViewerDialogs {
        volatile List<Path> files = List.of();
        volatile Path folder;
        volatile Path saveTo;
        volatile String suggested;

        @Override
        public List<Path> chooseFilesToOpen() {
            return files;
        }

        @Override
        public Optional<Path> chooseFolderToOpen() {
            return Optional.ofNullable(folder);
        }

        @Override
        public Optional<Path> chooseSaveFile(String suggestedName) {
            suggested = suggestedName;
            return Optional.ofNullable(saveTo);
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        io = Executors.newSingleThreadExecutor();
        FxToolkit.setupStage(stage -> {
            vm = new ViewerViewModel(io, r -> {
                if (Platform.isFxApplicationThread()) {
                    r.run();
                } else {
                    Platform.runLater(r);
                }
            });
            view = new ViewerView(vm, dialogs);
            stage.setScene(new Scene(view, 1200, 800));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        vm.close();
        io.shutdownNow();
    }

    static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    void openAndWait(Path p) throws Exception {
        onFx(() -> vm.open(List.of(p))).get(15, TimeUnit.SECONDS);
        waitUntil("the first image is on screen", () -> frame() != null);
    }

    RenderedFrame frame() throws Exception {
        return onFx(() -> vm.active().frameProperty().get());
    }

    Node surface() {
        return lookup("#viewport-0 .viewport-surface").query();
    }

    /** A point of the active viewport's surface, in screen coordinates, for image point (ix, iy). */
    Point2D screenOf(double ix, double iy) throws Exception {
        return onFx(() -> {
            double[] v = vm.active().transform().toView(ix, iy);
            return surface().localToScreen(v[0], v[1]);
        });
    }
}

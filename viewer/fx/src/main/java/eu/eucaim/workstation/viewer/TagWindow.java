package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.viewer.engine.FrameRef;
import eu.eucaim.workstation.viewer.engine.Slice;
import eu.eucaim.workstation.viewer.tags.TagBrowserView;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** The tag browser's own window, made when first shown; it follows the image on screen in the active viewport. */
final class TagWindow {
    private final Node owner;
    private final ObservableValue<Slice> slice;
    private Stage stage;
    private TagBrowserView browser;

    /** @param owner a node of the window this one belongs to (and takes its style sheets from) */
    TagWindow(Node owner, ObservableValue<Slice> slice) {
        this.owner = owner;
        this.slice = slice;
        slice.addListener((o, a, s) -> refresh());
    }

    /** Opens the window, or brings it forward. */
    void show() {
        if (stage == null) {
            browser = new TagBrowserView();
            stage = new Stage();
            stage.setTitle("DICOM tags");
            stage.initOwner(owner.getScene().getWindow());
            Scene scene = new Scene(browser, 860, 640);
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            // Escape closes it, as any tool window; the viewer behind keeps its place.
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    stage.hide();
                    e.consume();
                }
            });
            stage.setScene(scene);
        }
        refresh();
        stage.show();
        stage.toFront();
    }

    /** The browser, or null before the window was first shown. */
    TagBrowserView browser() {
        return browser;
    }

    private void refresh() {
        if (browser != null) {
            Slice s = slice.getValue();
            browser.show(s == null ? null : s.header(), s == null ? "" : describe(s.ref()));
        }
    }

    /** Where the tags come from: "/data/ct/IM1 (frame 3)". */
    static String describe(FrameRef ref) {
        return ref.source().location() + (ref.frame() > 0 ? " (frame " + (ref.frame() + 1) + ")" : "");
    }
}

package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.viewer.images.FxImages;
import eu.eucaim.workstation.viewer.viewport.ViewportView;
import java.util.function.Supplier;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.paint.Color;

/** Pictures of the active viewport, with or without overlays: saved as PNG where the user says, or copied. */
final class ViewportExport {
    private final ViewerViewModel vm;
    private final Supplier<ViewportView> active;
    private final ViewerDialogs dialogs;

    ViewportExport(ViewerViewModel vm, Supplier<ViewportView> active, ViewerDialogs dialogs) {
        this.vm = vm;
        this.active = active;
        this.dialogs = dialogs;
    }

    /** Takes the picture now (what the user sees when choosing), then asks where to save it. */
    void savePng(boolean withOverlays) {
        WritableImage picture = snapshot(withOverlays);
        dialogs.chooseSaveFile("viewport.png").ifPresent(file -> vm.savePng(FxImages.toArgb(picture), file));
    }

    void copy() {
        ClipboardContent c = new ClipboardContent();
        c.putImage(snapshot(vm.overlaysProperty().get()));
        Clipboard.getSystemClipboard().setContent(c);
        vm.statusProperty().set("Viewport copied to the clipboard");
    }

    private WritableImage snapshot(boolean withOverlays) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.BLACK);
        return active.get().exportNode(withOverlays).snapshot(p, null);
    }
}

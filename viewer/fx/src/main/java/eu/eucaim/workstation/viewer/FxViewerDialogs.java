package eu.eucaim.workstation.viewer;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link ViewerDialogs} with JavaFX's file and folder choosers, modal to the window {@code owner} gives. */
public final class FxViewerDialogs implements ViewerDialogs {
    private final Supplier<Window> owner;

    /** @param owner the window the choosers belong to (may give null: then they have no owner) */
    public FxViewerDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public List<Path> chooseFilesToOpen() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open DICOM files, a zip archive or a DICOMDIR");
        List<File> files = fc.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolderToOpen() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Open a folder of DICOM files");
        return Optional.ofNullable(dc.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String suggestedName) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save viewport as PNG");
        fc.setInitialFileName(suggestedName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        return Optional.ofNullable(fc.showSaveDialog(owner.get())).map(File::toPath);
    }
}

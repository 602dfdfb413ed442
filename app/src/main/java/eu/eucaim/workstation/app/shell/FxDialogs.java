package eu.eucaim.workstation.app.shell;

import eu.eucaim.workstation.app.tab.Dialogs;
import eu.eucaim.workstation.app.tab.FileType;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of a real window: JavaFX's file choosers (the system's own where it has them) and alerts. */
public final class FxDialogs implements Dialogs {
    private final Window owner;
    private final StartFolder folders;

    public FxDialogs(Window owner, StartFolder folders) {
        this.owner = owner;
        this.folders = folders;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType... types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(suggestedName);
        return remembered(path(chooser.showSaveDialog(owner)));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType... types) {
        return remembered(path(chooser(title, types).showOpenDialog(owner)));
    }

    @Override
    public List<Path> chooseFilesToOpen(String title) {
        FileChooser chooser = chooser(title);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        List<Path> chosen =
                files == null ? List.of() : files.stream().map(File::toPath).toList();
        chosen.stream().findFirst().ifPresent(folders::used);
        return chosen;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(folders.start().toFile());
        return remembered(path(chooser.showDialog(owner)));
    }

    private Optional<Path> remembered(Optional<Path> chosen) {
        chosen.ifPresent(folders::used);
        return chosen;
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> confirmWithComment(String title, String message, String action, String commentPrompt) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.TextArea comment = new javafx.scene.control.TextArea();
        comment.setId("confirm-comment");
        comment.setPromptText(commentPrompt);
        comment.setWrapText(true);
        comment.setPrefRowCount(4);
        javafx.scene.control.Label text = new javafx.scene.control.Label(message);
        text.setWrapText(true);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, text, comment);
        content.setPrefWidth(460);
        javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(yes, ButtonType.CANCEL);
        dialog.setResultConverter(
                button -> yes.equals(button) ? comment.getText().strip() : null);
        return dialog.showAndWait();
    }

    private FileChooser chooser(String title, FileType... types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(folders.start().toFile());
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        }
        return chooser;
    }

    private static Optional<Path> path(File chosen) {
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}

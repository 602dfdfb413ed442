package eu.eucaim.workstation.viewer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The questions the Viewer asks the user about files. The Viewer opens no dialog itself: the application gives it
 * these (the desktop app asks with its own file choosers), and a test can answer them directly.
 */
public interface ViewerDialogs {

    /** DICOM files, zip archives or DICOMDIRs to open; empty when the user cancels. */
    List<Path> chooseFilesToOpen();

    /** A folder to open every DICOM file under; empty when the user cancels. */
    Optional<Path> chooseFolderToOpen();

    /** Where to save a PNG picture, {@code suggestedName} offered first; empty when the user cancels. */
    Optional<Path> chooseSaveFile(String suggestedName);
}

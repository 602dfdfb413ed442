package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.app.shell.WorkstationApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code eucaim view PATH...}: opens the desktop app on the Viewer tab with these files, folders, zips or DICOMDIRs. */
@Command(
        name = "view",
        mixinStandardHelpOptions = true,
        description = {
            "Open the desktop app on the Viewer tab with these DICOM files, folders, zip archives or " + "DICOMDIRs.",
            "Blocks until the window is closed; if the app already runs, it opens them there and this returns at once."
        })
final class ViewCommand implements Callable<Integer> {
    /** Starts the desktop; tests replace it to see what would be opened without a screen. */
    static ToIntFunction<List<Path>> desktop = WorkstationApp::launch;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "DICOM file, folder, zip archive or DICOMDIR.")
    private List<Path> paths;

    @Override
    public Integer call() {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new CommandFailedException(p + " does not exist", null);
            }
            if (!Files.isReadable(p)) {
                throw new CommandFailedException(p + " cannot be read (permissions)", null);
            }
        }
        return desktop.applyAsInt(
                paths.stream().map(p -> p.toAbsolutePath().normalize()).toList());
    }
}

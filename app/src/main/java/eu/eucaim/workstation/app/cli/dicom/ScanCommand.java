package eu.eucaim.workstation.app.cli.dicom;

import eu.eucaim.workstation.dicom.study.DicomScanner;
import eu.eucaim.workstation.dicom.study.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints the patient → study → series tree with counts for a folder, a zip archive or a DICOMDIR.
 * Exit 0 (also when some files are not DICOM: they are listed), 2 when the path cannot be read.
 */
@Command(
        name = "scan",
        description = "Scan a folder, zip archive or DICOMDIR and print the study tree.",
        mixinStandardHelpOptions = true)
public class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "folder, .zip archive, DICOMDIR or file")
    Path path;

    @Override
    public Integer call() {
        if (!Files.exists(path)) {
            spec.commandLine().getErr().println("error: " + path + ": no such file or folder");
            return 2;
        }
        try {
            ScanResult r = new DicomScanner().scan(path);
            spec.commandLine().getOut().print(DicomScanner.format(r));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("error: " + path + ": " + e.getMessage());
            return 2;
        }
    }
}

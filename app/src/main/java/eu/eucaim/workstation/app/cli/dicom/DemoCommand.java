package eu.eucaim.workstation.app.cli.dicom;

import eu.eucaim.workstation.node.demo.images.DemoImageKind;
import eu.eucaim.workstation.node.demo.images.DemoImages;
import eu.eucaim.workstation.node.demo.images.GeneratedSeries;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the procedurally generated demo studies (the node's sample images) into a folder. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Write the synthetic demo studies as DICOM: a 300-slice CT volume, an MR series, a multi-frame "
                    + "XA cine and a 2048x2048 CR radiograph of one fictional phantom patient.",
            "Layout: OUT/CT, OUT/MR, OUT/XA, OUT/CR with IM00001.dcm ... The same seed gives identical files.",
            "Exit 0; on error one line 'error: ...' on stderr and exit 2."
        })
public class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "folder to write into (created when missing)")
    Path out;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "generator seed (default: ${DEFAULT-VALUE})",
            defaultValue = "1")
    long seed;

    @Option(
            names = "--only",
            paramLabel = "KIND",
            split = ",",
            description = "only these studies: ${COMPLETION-CANDIDATES} (default: all)")
    List<DemoImageKind> only;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            long started = System.nanoTime();
            List<GeneratedSeries> written = new DemoImages(seed)
                    .write(
                            out,
                            only == null || only.isEmpty() ? EnumSet.allOf(DemoImageKind.class) : EnumSet.copyOf(only));
            for (GeneratedSeries s : written) {
                stdout.printf(
                        "%s\t%d files\t%s%n",
                        s.kind(), s.files().size(), out.resolve(s.kind().folder()));
            }
            stdout.printf("wrote %d series in %d ms%n", written.size(), (System.nanoTime() - started) / 1_000_000);
            stdout.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("error: " + out + ": " + e.getMessage());
            return 2;
        }
    }
}

package eu.eucaim.workstation.app.cli.dicom;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code eucaim dicom ...}: DICOM tools on local files. The lead registers this into the root command;
 * {@code pixels} and {@code render} write one frame's stored values or a rendered PNG.
 */
@Command(name = "dicom", description = "DICOM tools for local files.", mixinStandardHelpOptions = true)
public class DicomCommand implements Runnable {
    /** Added by the root's Cli as a run needs them (eu.eucaim.workstation.app.cli.Subcommands). */
    public static final List<Class<?>> SUBCOMMANDS =
            List.of(DumpCommand.class, PixelsCommand.class, RenderCommand.class, ScanCommand.class, DemoCommand.class);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: dump, pixels, render, scan or demo");
    }
}

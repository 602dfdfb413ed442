package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.app.cli.dicom.DicomCommand;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * The root command {@code eucaim}. It does nothing itself: picocli answers {@code --help} and {@code --version}
 * and asks for a subcommand otherwise.
 *
 * <p>Adding a subcommand ({@code dicom}, {@code view}, {@code query}, {@code materialize}, {@code login}...): write
 * one class in this package annotated {@code @Command(name = "...", mixinStandardHelpOptions = true,
 * description = ...)} implementing {@code Callable<Integer>} (0 on success); throw {@link CommandFailedException}
 * for failures the user can fix; print results with {@code spec.commandLine().getOut()} so tests can read them.
 * Then list the class in {@link #SUBCOMMANDS} below (a subcommand of a subcommand: in
 * its parent's list, e.g. {@link DicomCommand#SUBCOMMANDS}). Register only commands that work.
 *
 * <p>The subcommands are added by {@link Subcommands}, not in the annotation, so that a run builds picocli's
 * model only of the command it runs: building the model of every command (and loading the node and client classes
 * their options name) was a large part of a short {@code eucaim dicom scan}. {@code --help} and unknown commands
 * still see them all.
 */
@Command(
        name = "eucaim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "EUCAIM Workstation command line.",
            "Without arguments, bin/eucaim opens the desktop application."
        })
public final class EucaimCommand {
    /** The subcommands, in the order {@code eucaim --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            NodeCommand.class,
            DicomCommand.class,
            ViewCommand.class,
            LoginCommand.class,
            LogoutCommand.class,
            WhoamiCommand.class,
            QueryCommand.class);

    /** Commands with subcommands of their own, added the same way (see {@link Subcommands}). */
    static final Map<Class<?>, List<Class<?>>> NESTED = Map.of(DicomCommand.class, DicomCommand.SUBCOMMANDS);
}

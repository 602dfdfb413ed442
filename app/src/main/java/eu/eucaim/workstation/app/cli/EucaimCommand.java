package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.app.cli.auth.LoginCommand;
import eu.eucaim.workstation.app.cli.auth.LogoutCommand;
import eu.eucaim.workstation.app.cli.auth.WhoamiCommand;
import eu.eucaim.workstation.app.cli.dicom.DicomCommand;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * The root command {@code eucaim}. It does nothing itself: picocli answers {@code --help} and {@code --version}
 * and asks for a subcommand otherwise.
 *
 * <p>Adding a subcommand ({@code dicom}, {@code view}, {@code query}, {@code materialize}, {@code login}...): write
 * one class in this package annotated {@code @Command(name = "...", mixinStandardHelpOptions = true,
 * description = ...)} implementing {@code Callable<Integer>} (0 on success); throw {@link CommandFailedException}
 * for failures the user can fix; print results with {@code spec.commandLine().getOut()} so tests can read them.
 * Then list the class in {@link #SUBCOMMANDS} below. Register only commands that work.
 *
 * <p>The subcommands are added by {@link Cli}, not in the annotation, so that a run builds picocli's model only of
 * the command it runs: building the model of every command (and loading the node and client classes their options
 * name) was a fifth of a short {@code eucaim dicom scan}. {@code --help} and unknown commands still see them all.
 */
@Command(name = "eucaim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"EUCAIM Workstation command line.",
                "Without arguments, bin/eucaim opens the desktop application."})
public final class EucaimCommand {
    /** The subcommands, in the order {@code eucaim --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(NodeCommand.class, DicomCommand.class, ViewCommand.class,
            LoginCommand.class, LogoutCommand.class, WhoamiCommand.class, QueryCommand.class);

    /** The subcommand named by the first argument alone, when there is one; all of them otherwise. */
    static List<Class<?>> subcommandsFor(String... args) {
        if (args.length > 0) {
            for (Class<?> c : SUBCOMMANDS) {
                Command command = c.getAnnotation(Command.class);
                if (command.name().equals(args[0]) || List.of(command.aliases()).contains(args[0])) {
                    return List.of(c);
                }
            }
        }
        return SUBCOMMANDS;
    }
}

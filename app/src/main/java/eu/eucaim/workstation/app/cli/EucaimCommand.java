package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.app.cli.auth.LoginCommand;
import eu.eucaim.workstation.app.cli.auth.LogoutCommand;
import eu.eucaim.workstation.app.cli.auth.WhoamiCommand;
import eu.eucaim.workstation.app.cli.dicom.DicomCommand;
import picocli.CommandLine.Command;

/**
 * The root command {@code eucaim}. It does nothing itself: picocli answers {@code --help} and {@code --version}
 * and asks for a subcommand otherwise.
 *
 * <p>Adding a subcommand ({@code dicom}, {@code view}, {@code query}, {@code materialize}, {@code login}...): write
 * one class in this package annotated {@code @Command(name = "...", mixinStandardHelpOptions = true,
 * description = ...)} implementing {@code Callable<Integer>} (0 on success); throw {@link CommandFailedException}
 * for failures the user can fix; print results with {@code spec.commandLine().getOut()} so tests can read them.
 * Then list the class in {@code subcommands} below. Register only commands that work.
 */
@Command(name = "eucaim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"EUCAIM Workstation command line.",
                "Without arguments, bin/eucaim opens the desktop application."},
        subcommands = {NodeCommand.class, DicomCommand.class, ViewCommand.class, LoginCommand.class,
                LogoutCommand.class, WhoamiCommand.class, QueryCommand.class})
public final class EucaimCommand {
}

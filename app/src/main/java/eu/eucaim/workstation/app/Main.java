package eu.eucaim.workstation.app;

import eu.eucaim.workstation.app.cli.Cli;
import eu.eucaim.workstation.app.shell.WorkstationApp;

/**
 * The single entry point (bin/eucaim): no arguments open the desktop app, anything else is a command line for
 * {@code eucaim} (see {@link eu.eucaim.workstation.app.cli.EucaimCommand}).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            WorkstationApp.launchDesktop(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}

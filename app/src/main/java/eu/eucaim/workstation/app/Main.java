package eu.eucaim.workstation.app;

import eu.eucaim.workstation.app.cli.Cli;
import eu.eucaim.workstation.app.shell.WorkstationApp;

/**
 * The single entry point (bin/eucaim): no arguments open the desktop app, anything else is a command line for
 * {@code eucaim} (see {@link eu.eucaim.workstation.app.cli.EucaimCommand}).
 */
public final class Main {
    /** The lowest level printed to the terminal (logback.xml); WARN unless set. */
    public static final String CONSOLE_LEVEL = "eucaim.console.level";

    private Main() {}

    public static void main(String[] args) {
        // Before the first logger: a standalone node is a server whose log is its terminal; everything else prints
        // warnings and errors only (the desktop app keeps the rest in a file, see LogFile).
        if (args.length > 0 && args[0].equals("node") && System.getProperty(CONSOLE_LEVEL) == null) {
            System.setProperty(CONSOLE_LEVEL, "INFO");
        }
        // java.util.logging (JavaFX's) into the same log, with the same rules for the terminal
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        if (args.length == 0) {
            int status = WorkstationApp.launch(java.util.List.of());
            if (status != 0) {
                System.exit(status);
            }
            return;
        }
        System.exit(Cli.run(args));
    }
}

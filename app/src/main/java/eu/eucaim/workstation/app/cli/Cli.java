package eu.eucaim.workstation.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs the {@code eucaim} command line and returns its exit code; streams are parameters so tests can read them. */
public final class Cli {
    /** Exit code for a command that was understood but failed (port in use, database unreachable...). */
    public static final int FAILED = 1;

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new EucaimCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            // Expected failures are one line for people; anything else is a bug and keeps its stack trace.
            if (e instanceof CommandFailedException failed) {
                commandLine.getErr().println(commandLine.getCommandName() + ": " + failed.getMessage());
                commandLine.getErr().flush();
                return FAILED;
            }
            throw e;
        });
        return cli.execute(args);
    }
}

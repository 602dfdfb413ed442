package eu.eucaim.workstation.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs the {@code eucaim} command line and returns its exit code; streams are parameters so tests can read them. */
public final class Cli {
    /** Exit code for a command that was understood but failed (port in use, database unreachable...). */
    public static final int FAILED = 1;

    private Cli() {}

    /** The process entry (bin/eucaim with arguments): terminal streams and command-line logging. */
    public static int run(String... args) {
        quietLogging();
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * A command's own output is what people read: info logs (Flyway, Jetty, Javalin start-up chatter) would bury
     * it, so only warnings and errors are logged. Javalin's logger is off because the node reports its own start
     * failures and logs request errors under its own loggers; Javalin would repeat them. Both can be overridden
     * with -D options in EUCAIM_JAVA_OPTS. Must run before the first logger is created.
     */
    private static void quietLogging() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.io.javalin.Javalin", "off");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /**
     * picocli's default factory looks for Groovy ({@code Class.forName("groovy.lang.Closure")}) unless told not to:
     * the failed lookup opens every jar on the class path, about 50 ms of every command's start.
     */
    private static void noGroovyLookup() {
        setIfAbsent("picocli.disable.closures", "true");
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        noGroovyLookup();
        return run(CommandLine.defaultFactory(), out, err, args);
    }

    /** With a factory that makes the commands, so tests can hand a command its test hooks (e.g. login's browser). */
    public static int run(CommandLine.IFactory factory, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new EucaimCommand(), factory);
        Subcommands.add(cli, EucaimCommand.SUBCOMMANDS, args, 0);
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

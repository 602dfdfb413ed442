package eu.eucaim.workstation.app.cli;

/**
 * A command could not do its job for a reason the user can act on. {@link Cli} prints the message as one line on
 * stderr, prefixed with the command name, and exits with {@link Cli#FAILED}. The message must not contain secrets.
 */
public class CommandFailedException extends RuntimeException {
    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

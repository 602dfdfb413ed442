package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.client.auth.SignInStorage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code eucaim logout}: forgets the saved sign-in (keyring entry or file), as Sign out does in the app. */
@Command(
        name = "logout",
        mixinStandardHelpOptions = true,
        description = "Forget the saved sign-in (the desktop app's too).")
public final class LogoutCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SignInStorage storage = CliSignIn.storage(spec.commandLine().getErr());
        try {
            boolean was = storage.issuer().isPresent();
            storage.clear();
            spec.commandLine().getOut().println(was ? "signed out" : "not signed in");
        } catch (AuthException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        return 0;
    }
}

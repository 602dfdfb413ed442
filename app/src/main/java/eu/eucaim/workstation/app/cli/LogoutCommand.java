package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.client.auth.SignInClient;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code eucaim logout}: forgets the saved sign-in (keyring entry or file), as Sign out does in the app, and tells the
 * provider without a browser (revokes the refresh token, ends its session; see {@link SignInClient#signOut()}). When
 * the provider cannot be told, one {@code note:} line on stderr says so; the sign-in is forgotten here all the same.
 */
@Command(
        name = "logout",
        mixinStandardHelpOptions = true,
        description = {
            "Forget the saved sign-in (the desktop app's too) and end it at the provider:",
            "revoke its refresh token and end the provider's session where the provider offers that."
        })
public final class LogoutCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            SignInClient.SignedOut result = CliSignIn.client(err).signOut();
            spec.commandLine().getOut().println(result.wasSignedIn() ? "signed out" : "not signed in");
            spec.commandLine().getOut().flush();
            result.providerNotTold().ifPresent(line -> {
                err.println("note: " + line);
                err.flush();
            });
        } catch (AuthException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        return 0;
    }
}

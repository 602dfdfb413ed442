package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.auth.UserIdentity;
import eu.eucaim.workstation.client.auth.UserInfoClient;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eucaim whoami}: asks a node's {@code GET /api/me} who the token belongs to; the token path end to end. */
@Command(
        name = "whoami",
        mixinStandardHelpOptions = true,
        description = "Show who the token (--token, $EUCAIM_TOKEN or the saved sign-in) belongs to, as a node sees it.")
public final class WhoamiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TokenOptions token;

    @Option(
            names = "--node",
            paramLabel = "URL",
            description = "the node to ask; default: the saved sign-in's provider, else the desktop app's remote node")
    URI node;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        URI base = node != null
                ? node
                : CliSignIn.storage(err)
                        .issuer()
                        .or(() -> CliSignIn.configuredIssuer(CliSignIn.settings()))
                        .orElseThrow(() -> new CommandFailedException("which node? pass --node URL", null));
        try {
            String access = token.source().accessToken();
            UserIdentity me =
                    new UserInfoClient().fetch(URI.create(base.toString().replaceAll("/+$", "") + "/api/me"), access);
            PrintWriter out = spec.commandLine().getOut();
            out.println("user: " + (me.username() == null ? me.subject() : me.username()));
            if (me.name() != null) {
                out.println("name: " + me.name());
            }
            out.println("roles: "
                    + (me.roles().isEmpty()
                            ? "none"
                            : me.roles().stream().map(r -> r.claim()).sorted().collect(Collectors.joining(", "))));
            out.flush();
            return 0;
        } catch (AuthException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
    }
}

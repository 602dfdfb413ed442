package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.auth.TrustedIssuerSettings;
import eu.eucaim.workstation.node.storage.DataDirAccess;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eucaim node}: the embedded node as a standalone server. Prints exactly one line to stdout when it is
 * ready, {@code listening on http://127.0.0.1:N}, so that scripts can wait for it and read the port; logs go to
 * stderr. Runs until SIGINT/SIGTERM (or, in-process, until its thread is interrupted).
 */
@Command(
        name = "node",
        mixinStandardHelpOptions = true,
        description = {
            "Run the EUCAIM node (catalogue REST API with demo data) standalone on 127.0.0.1.",
            "Prints 'listening on http://127.0.0.1:N' when ready; stop it with Ctrl-C."
        })
final class NodeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "TCP port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port = 0;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Folder for the node's files and H2 database (default: the EUCAIM data folder + /node, "
                    + "e.g. ~/.local/share/eucaim/node; see EUCAIM_HOME).")
    private Path dataDir;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "Demo-data seed; the same seed gives the same catalogue (default: ${DEFAULT-VALUE}).")
    private long seed = 1;

    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "Use this database instead of H2 in DIR, e.g. jdbc:postgresql://host:5432/eucaim.")
    private String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "U", description = "Database user for --db.")
    private String dbUser;

    // Arguments show up in process lists; the environment variable is the better place for a password.
    @Option(
            names = "--db-password",
            paramLabel = "P",
            defaultValue = "${env:EUCAIM_DB_PASSWORD}",
            description = "Database password for --db (default: $EUCAIM_DB_PASSWORD).")
    private String dbPassword;

    @Option(
            names = "--trust-issuer",
            paramLabel = "URL[;SETTING=VALUE...]",
            description = {
                "Also accept access tokens of this OpenID Connect issuer (checked against its discovery "
                        + "document and JWKS), e.g. another node's URL or LS-AAI. Repeatable.",
                "Settings (defaults in brackets): audience=AUD [eucaim-workstation]; roles=CLAIM.PATH [roles], "
                        + "e.g. realm_access.roles; types=TYP,... [at+jwt], e.g. JWT,at+jwt; role.ROLE=VALUE maps a "
                        + "claim value to a role. Quote the whole argument, e.g. "
                        + "'https://kc.example/realms/x;audience=account;roles=realm_access.roles;types=JWT'."
            })
    private List<String> trustedIssuers = new ArrayList<>();

    @Option(
            names = "--allow-shared-data-dir",
            description = "Start even when other users may read or write the --data folder (otherwise it is refused; "
                    + "the default folder is the app's own and is made private). The database files, which hold "
                    + "the signing key and password hashes, stay private either way.")
    private boolean allowSharedDataDir;

    @Option(
            names = "--public-name",
            paramLabel = "NAME",
            description = "A host name clients use for this node behind a reverse proxy or on a network, e.g. "
                    + "node.example.org: requests naming any other host than it and the loopback names are refused "
                    + "(DNS rebinding). Repeatable.")
    private List<String> publicNames = new ArrayList<>();

    @Override
    public Integer call() {
        NodeConfig config = NodeConfig.defaults(dataDir(), seed)
                .withPort(port)
                .withJdbc(jdbcUrl, dbUser, dbPassword)
                .withDataDirAccess(dataDirAccess());
        try {
            config = config.withPublicNames(java.util.Set.copyOf(publicNames));
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("--public-name: " + e.getMessage(), e);
        }
        try {
            config = config.withTrustedIssuerSettings(
                    trustedIssuers.stream().map(TrustedIssuerSettings::parse).toList());
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("--trust-issuer: " + e.getMessage(), e);
        }
        EucaimNode node;
        try {
            node = EucaimNode.start(config);
        } catch (RuntimeException e) {
            throw new CommandFailedException(NodeStartFailure.describe(e, config), e);
        }
        Runnable close = closeOnce(node);
        Thread hook = new Thread(close, "eucaim-node-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        PrintWriter out = spec.commandLine().getOut();
        out.println("listening on " + withoutTrailingSlash(node.baseUri().toString()));
        out.flush();
        try {
            new CountDownLatch(1).await(); // until the JVM exits (the hook closes the node) or we are interrupted
        } catch (InterruptedException e) {
            // Stopped in-process (tests, an embedding program): close now instead of at JVM exit.
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is already running and will close the node.
            }
            close.run();
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private Path dataDir() {
        return dataDir != null ? dataDir : UserDirectories.detect().data().resolve("node");
    }

    /** A folder the user chose must be private already; the default one is the app's own, made private if not. */
    private DataDirAccess dataDirAccess() {
        if (allowSharedDataDir) {
            return DataDirAccess.ALLOW_SHARED;
        }
        return dataDir != null ? DataDirAccess.REQUIRE_PRIVATE : DataDirAccess.MAKE_PRIVATE;
    }

    private Runnable closeOnce(EucaimNode node) {
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                try {
                    node.close();
                } catch (Exception e) {
                    spec.commandLine().getErr().println("node: error while stopping: " + e.getMessage());
                    spec.commandLine().getErr().flush();
                }
            }
        };
    }

    private static String withoutTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}

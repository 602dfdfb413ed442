package eu.eucaim.workstation.app.cli;

import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.demo.images.DemoImages;
import eu.eucaim.workstation.node.storage.DataDirAccess;
import java.io.PrintWriter;
import java.net.URI;
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
            paramLabel = "URL",
            description = {
                "Also accept access tokens of this OpenID Connect issuer (checked against its discovery "
                        + "document and JWKS), e.g. another node's URL or LS-AAI. Repeatable."
            })
    private List<URI> trustedIssuers = new ArrayList<>();

    @Option(
            names = "--sample-ct-slices",
            paramLabel = "N",
            description = "Slices of the CT volume among the demo sample images, 1-300 (default: ${DEFAULT-VALUE}); "
                    + "fewer, thicker slices over the same body make a smaller, quicker set.")
    private int sampleCtSlices = DemoImages.CT_SLICES;

    @Option(
            names = "--allow-shared-data-dir",
            description = "Start even when other users may read or write the data folder (otherwise a folder given "
                    + "with --data is refused, and the default one made private); the database files, which hold the "
                    + "signing key and password hashes, stay private.")
    private boolean allowSharedDataDir;

    @Override
    public Integer call() {
        NodeConfig config;
        try {
            config = NodeConfig.defaults(dataDir(), seed)
                    .withPort(port)
                    .withJdbc(jdbcUrl, dbUser, dbPassword)
                    .withSampleCtSlices(sampleCtSlices)
                    .withDataDirAccess(dataDirAccess());
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("--sample-ct-slices: " + e.getMessage(), e);
        }
        try {
            config = config.withTrustedIssuers(trustedIssuers);
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
        return DataDirAccess.MAKE_PRIVATE;
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

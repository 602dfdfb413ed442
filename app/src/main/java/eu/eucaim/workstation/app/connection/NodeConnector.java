package eu.eucaim.workstation.app.connection;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.connection.BackendKind;
import eu.eucaim.workstation.api.platform.UserDirectories;
import eu.eucaim.workstation.app.fx.UserMessageException;
import eu.eucaim.workstation.app.settings.MailSettings;
import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.NodeUrls;
import eu.eucaim.workstation.app.settings.PlatformSettings;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.app.startup.StartupClock;
import eu.eucaim.workstation.client.connection.NodeBackend;
import eu.eucaim.workstation.client.connection.PlatformAddresses;
import eu.eucaim.workstation.client.connection.PlatformBackend;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.node.negotiator.mail.SmtpSettings;
import eu.eucaim.workstation.node.storage.DataDirAccess;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The backends the settings name: the embedded node (demo data, seed 1, in the user's data folder, with the demo
 * federation's two other nodes beside it), another node by its URL, or the real EUCAIM platform at its addresses,
 * each talked to over HTTP.
 */
public final class NodeConnector implements BackendConnector {
    /** The demo-data seed of the embedded node, so everyone's workstation shows the same catalogue. */
    static final long EMBEDDED_SEED = 1;
    /**
     * How long a first start's node work that can wait (demo users, cohort rows: seconds of CPU) waits, so that the
     * window and the first screens' data come first on two cores (docs/benchmarks.md, start-up).
     */
    static final java.time.Duration BACKGROUND_DELAY = java.time.Duration.ofSeconds(3);

    private final UserDirectories dirs;
    private final AccessTokenSource tokens;
    private final String appVersion;
    private final Consumer<String> warn;
    private final CompletionStage<?> windowShown;
    private final KeptPassword smtpPassword;
    private final PlatformClients platform;

    /**
     * @param tokens      the signed-in user's tokens, for the protected APIs
     * @param warn        told (on any thread) when a node of the demo federation cannot start; the others still run
     * @param windowShown completes when the window is on the screen: the demo federation's nodes start after it
     * @param smtpPassword the password of the embedded node's SMTP server (the OS keyring)
     */
    public NodeConnector(
            UserDirectories dirs,
            AccessTokenSource tokens,
            String appVersion,
            Consumer<String> warn,
            CompletionStage<?> windowShown,
            KeptPassword smtpPassword) {
        this(dirs, tokens, appVersion, warn, windowShown, smtpPassword, PlatformClients.of(new ExplorerSession()));
    }

    /** @param platform what the EUCAIM platform's backend is made with (the explorer's session, its clients) */
    public NodeConnector(
            UserDirectories dirs,
            AccessTokenSource tokens,
            String appVersion,
            Consumer<String> warn,
            CompletionStage<?> windowShown,
            KeptPassword smtpPassword,
            PlatformClients platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.dirs = Objects.requireNonNull(dirs, "dirs");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
        this.warn = Objects.requireNonNull(warn, "warn");
        this.windowShown = Objects.requireNonNull(windowShown, "windowShown");
        this.smtpPassword = Objects.requireNonNull(smtpPassword, "smtpPassword");
    }

    @Override
    public Backend connect(Settings settings) {
        Path library = dirs.data().resolve("library");
        if (settings.nodeMode() == NodeMode.PLATFORM) {
            Backend backend = PlatformBackend.builder(
                            addresses(settings.normalised().platform()),
                            library,
                            tokens,
                            platform.explorerCookie(),
                            appVersion)
                    .catalogue(platform.catalogue())
                    .astJson(platform.astJson())
                    .warning(warn)
                    .build();
            StartupClock.reached(StartupClock.Milestone.DEMO_COMPLETE); // nothing of ours to prepare
            return backend;
        }
        if (settings.nodeMode() == NodeMode.REMOTE) {
            Backend backend = NodeBackend.builder(
                            BackendKind.NODE, NodeUrls.parse(settings.nodeUrl()), library, tokens, appVersion)
                    .warning(warn)
                    .build();
            StartupClock.reached(StartupClock.Milestone.DEMO_COMPLETE); // nothing of ours to prepare
            return backend;
        }
        Path nodeData = dirs.data().resolve("node");
        EucaimNode node;
        try {
            node = EucaimNode.start(NodeConfig.defaults(nodeData, EMBEDDED_SEED)
                    .withDataDirAccess(DataDirAccess.MAKE_PRIVATE)
                    .withBackgroundDelay(BACKGROUND_DELAY)
                    .withSmtp(smtp(settings.mail())));
        } catch (Exception e) {
            throw new UserMessageException(
                    "Could not start the embedded node: "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    e);
        }
        // The demo federation's other nodes send no e-mail: their users are the same demo users.
        DemoFederation federation = new DemoFederation(nodeData, NodeConfig.DEFAULT_DATASET_COUNT, warn, windowShown);
        federation.follow(node.baseUri());
        CompletableFuture.allOf(node.demoDataComplete(), federation.complete())
                .whenComplete((ok, failed) -> StartupClock.reached(StartupClock.Milestone.DEMO_COMPLETE));
        SpotSites spot = new SpotSites(node, EMBEDDED_SEED);
        return NodeBackend.builder(BackendKind.EMBEDDED_NODE, node.baseUri(), library, tokens, appVersion)
                .providerName("Node " + EMBEDDED_SEED + " (embedded)")
                .warning(warn)
                .alsoAsking(() -> federation.members().thenApply(spot::federate))
                .throughSpot(spot.siteByEndpoint())
                .owning(node)
                .owning(federation)
                .build();
    }

    /** The platform's addresses as the client takes them; the settings were checked when saved and loaded. */
    static PlatformAddresses addresses(PlatformSettings p) {
        p.problem().ifPresent(problem -> {
            throw new UserMessageException("The EUCAIM platform's settings cannot be used: " + problem, null);
        });
        return new PlatformAddresses(
                URI.create(p.catalogue()),
                p.schema(),
                URI.create(p.explorer()),
                URI.create(p.negotiator()),
                URI.create(p.helpdesk()),
                URI.create(p.issuer()),
                p.sites());
    }

    /**
     * The embedded node's SMTP settings from the app's (the password from the keyring), or null when e-mail is off or
     * the settings cannot work: the node then keeps its e-mails in its outbox, and the user is told why.
     */
    SmtpSettings smtp(MailSettings mail) {
        MailSettings m = mail == null ? MailSettings.defaults() : mail.normalised();
        if (!m.on()) {
            return null;
        }
        try {
            String user = m.username().isBlank() ? null : m.username();
            return new SmtpSettings(
                    m.host(),
                    m.port(),
                    SmtpSettings.Security.valueOf(m.security().name()),
                    user,
                    user == null ? null : smtpPassword.read().orElse(null),
                    m.from());
        } catch (IllegalArgumentException e) {
            warn.accept("E-mail notifications are off: " + e.getMessage());
            return null;
        }
    }
}

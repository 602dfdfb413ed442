package eu.eucaim.workstation.node;

import eu.eucaim.workstation.api.node.NodeInfo;
import eu.eucaim.workstation.node.auth.NodeAuth;
import eu.eucaim.workstation.node.catalogue.CatalogueReadModel;
import eu.eucaim.workstation.node.catalogue.CatalogueRoutes;
import eu.eucaim.workstation.node.demo.DemoDataInstaller;
import eu.eucaim.workstation.node.dicomweb.DatasetAccessPolicy;
import eu.eucaim.workstation.node.dicomweb.DicomWeb;
import eu.eucaim.workstation.node.dicomweb.ImageAccessPolicy;
import eu.eucaim.workstation.node.dicomweb.ImageAccessRoutes;
import eu.eucaim.workstation.node.dicomweb.JdbcRetrievalLog;
import eu.eucaim.workstation.node.dicomweb.RetrievalLog;
import eu.eucaim.workstation.node.emx2.Emx2Catalogue;
import eu.eucaim.workstation.node.emx2.Emx2Routes;
import eu.eucaim.workstation.node.health.HealthRoutes;
import eu.eucaim.workstation.node.http.ApiRoute;
import eu.eucaim.workstation.node.http.ApiServer;
import eu.eucaim.workstation.node.http.Idempotency;
import eu.eucaim.workstation.node.http.ServerLimits;
import eu.eucaim.workstation.node.http.ServerOptions;
import eu.eucaim.workstation.node.http.ServerStartException;
import eu.eucaim.workstation.node.negotiator.DatasetGrants;
import eu.eucaim.workstation.node.negotiator.NegotiatorRoutes;
import eu.eucaim.workstation.node.negotiator.mail.OutboxDispatcher;
import eu.eucaim.workstation.node.query.FederatedSearchRoutes;
import eu.eucaim.workstation.node.samples.DatasetSampleStores;
import eu.eucaim.workstation.node.samples.SampleRoutes;
import eu.eucaim.workstation.node.spot.SpotService;
import eu.eucaim.workstation.node.storage.BackgroundStep;
import eu.eucaim.workstation.node.storage.Database;
import eu.eucaim.workstation.node.storage.JdbcTarget;
import eu.eucaim.workstation.node.storage.PrivateDataDir;
import eu.eucaim.workstation.node.storage.StorageException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running node: database (migrated, with demo data generated on first start) and HTTP server.
 * <pre>{@code
 * try (EucaimNode node = EucaimNode.start(NodeConfig.defaults(dir, 1))) {
 *     URI api = node.baseUri(); // http://127.0.0.1:43121
 * }
 * }</pre>
 */
public final class EucaimNode implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EucaimNode.class);

    private final NodeConfig config;
    private final Database database;
    private final ApiServer server;
    private final URI baseUri;
    private final boolean generatedDemoData;
    /** The sample images (null without a data folder): closing stops a generation still running. */
    private final DatasetSampleStores samples;
    /** What a first start finishes after the node listens: closing stops it first. */
    private final DemoCompletion completion;
    /** The DICOMweb service (null without a data folder): closing stops the demo publication first. */
    private volatile DicomWeb dicomWeb;
    /** Sends the Negotiator's e-mail outbox when SMTP is configured; does nothing otherwise. */
    private volatile OutboxDispatcher mail;
    /** The Spot endpoint ({@code /beam}): the federated query over the sites it federates. */
    private SpotService spot;
    /** The access models (user guide 4.7) and the retrieval log, which the DICOMweb routes apply and fill. */
    private Images images;

    /** What guards the images: one policy and one log for every route that serves them. */
    record Images(DatasetAccessPolicy policy, JdbcRetrievalLog log) {}

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private EucaimNode(
            NodeConfig config,
            Database database,
            ApiServer server,
            boolean generatedDemoData,
            DatasetSampleStores samples,
            DemoCompletion completion) {
        this.samples = samples;
        this.completion = completion;
        this.config = config;
        this.database = database;
        this.server = server;
        this.generatedDemoData = generatedDemoData;
        String host = config.bindAddress().contains(":") ? "[" + config.bindAddress() + "]" : config.bindAddress();
        this.baseUri = URI.create("http://" + host + ":" + server.port());
    }

    /**
     * Opens the database, generates the demo data if this database has none, and starts listening.
     *
     * @throws NodeStartException when the port is taken or the database cannot be opened
     */
    public static EucaimNode start(NodeConfig config) {
        long started = System.nanoTime();
        Database database = openDatabase(config);
        long opened = System.nanoTime();
        SpotService spot = null;
        try {
            // The catalogue now; the cohort rows and demo users once the node listens (DemoCompletion).
            DemoDataInstaller.Catalogue demo =
                    DemoDataInstaller.ensureCatalogue(database, config.seed(), config.datasetCount());
            boolean generated = demo.generated();
            long installed = System.nanoTime();
            CatalogueReadModel catalogue = CatalogueReadModel.load(database);
            long loaded = System.nanoTime();
            NodeInfo info = new NodeInfo(
                    "ok", "EUCAIM demo node (seed " + config.seed() + ")", NodeVersion.current(), config.seed());
            List<ApiRoute> routes = new ArrayList<>(HealthRoutes.of(info));
            routes.addAll(CatalogueRoutes.of(catalogue));
            routes.addAll(Emx2Routes.of(new Emx2Catalogue(catalogue)));
            DatasetSampleStores samples = config.dataDir() == null
                    ? null
                    : new DatasetSampleStores(config.dataDir().resolve("samples"));
            if (samples != null) {
                samples.removeLeftovers(); // those no node is making now
                routes.addAll(SampleRoutes.of(catalogue, samples));
            }
            Images images = new Images(
                    new DatasetAccessPolicy(catalogue, new DatasetGrants(database.dataSource())),
                    new JdbcRetrievalLog(database.dataSource(), java.time.Clock.systemUTC()));
            DicomWeb dicomWeb = config.dataDir() == null ? null : dicomWeb(config, database, catalogue, images);
            if (dicomWeb != null) {
                routes.addAll(dicomWeb.routes());
            }
            BackgroundStep cohortRows = new BackgroundStep("the demo cohorts");
            FederatedSearchRoutes federatedSearch = FederatedSearchRoutes.open(database.dataSource(), cohortRows);
            routes.addAll(federatedSearch.routes());
            NodeAuth auth = NodeAuth.openWithDemoUsersLater(database.dataSource(), config.trustedIssuers());
            java.util.concurrent.atomic.AtomicReference<URI> listening =
                    new java.util.concurrent.atomic.AtomicReference<>();
            routes.addAll(NegotiatorRoutes.open(database.dataSource(), config.dataDir(), catalogue, listening::get)
                    .routes());
            routes.addAll(auth.routes());
            routes.addAll(ImageAccessRoutes.of(catalogue, images.policy(), images.log()));
            spot = new SpotService(
                    config.federation(),
                    config.publicNames().stream().sorted().findFirst().orElse(null));
            routes.addAll(spot.routes());
            ApiServer server = ApiServer.start(
                    new ServerOptions(config.bindAddress(), config.port(), config.publicNames(), ServerLimits.DEFAULT),
                    routes,
                    auth.guard(),
                    new Idempotency(database.dataSource(), java.time.Clock.systemUTC()));
            DemoCompletion completion = new DemoCompletion(database, config, demo.cohorts(), auth, cohortRows);
            EucaimNode node = new EucaimNode(config, database, server, generated, samples, completion);
            node.images = images;
            node.spot = spot;
            auth.started(node.baseUri);
            listening.set(node.baseUri);
            node.dicomWeb = dicomWeb;
            completion.start();
            if (dicomWeb != null) {
                // After the demo users and cohorts: a first sign-in does not wait behind image generation.
                completion.whenDone().whenComplete((done, failed) -> dicomWeb.start());
            }
            federatedSearch.started();
            node.mail = OutboxDispatcher.start(database.dataSource(), config.smtp());
            LOG.debug(
                    "Start phases: database {} ms, demo data {} ms, catalogue {} ms, HTTP {} ms",
                    (opened - started) / 1_000_000,
                    (installed - opened) / 1_000_000,
                    (loaded - installed) / 1_000_000,
                    (System.nanoTime() - loaded) / 1_000_000);
            LOG.info(
                    "EUCAIM node listening on {} ({} ms{})",
                    node.baseUri,
                    (System.nanoTime() - started) / 1_000_000,
                    generated ? ", demo data generated" : "");
            return node;
        } catch (ServerStartException | StorageException e) {
            closeQuietly(spot);
            database.close();
            throw new NodeStartException(e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            closeQuietly(spot);
            database.close();
            throw e;
        }
    }

    private static void closeQuietly(SpotService spot) {
        if (spot != null) {
            spot.close();
        }
    }

    /**
     * The node's Spot ({@code POST /beam}, {@code GET /beam/{id}}): {@link SpotService#federate} sets the sites it
     * asks while the node runs (e.g. the demo federation's nodes, whose ports are known only once they listen).
     */
    public SpotService spot() {
        return spot;
    }

    /**
     * The DICOMweb service over the store in {@code <data>/dicom-store/seed-<seed>} (one per node database). The
     * access models plug in here: the {@link ImageAccessPolicy} that decides who may search, view and retrieve each
     * study, and the {@link RetrievalLog} that records image-data replies.
     */
    private static DicomWeb dicomWeb(
            NodeConfig config, Database database, CatalogueReadModel catalogue, Images images) {
        ImageAccessPolicy policy = images.policy();
        RetrievalLog log = images.log();
        return new DicomWeb(
                database.dataSource(),
                config.dataDir().resolve("dicom-store").resolve("seed-" + config.seed()),
                catalogue.current().datasets(),
                config.demoImageDatasets(),
                policy,
                log);
    }

    /**
     * Completes when the demo studies are stored and published in the DICOM store (at once when the node has no data
     * folder, hence no store).
     */
    public java.util.concurrent.CompletableFuture<Void> demoImagesPublished() {
        DicomWeb web = dicomWeb;
        return web == null ? java.util.concurrent.CompletableFuture.completedFuture(null) : web.demoPublished();
    }

    private static Database openDatabase(NodeConfig config) {
        JdbcTarget target;
        try {
            if (config.jdbcUrl() == null) {
                // The H2 file holds the signing key and the password hashes: a private folder, private files.
                PrivateDataDir.prepare(config.dataDir(), config.dataDirAccess());
                PrivateDataDir.protectDatabase(config.h2DatabaseFile());
                target = JdbcTarget.h2File(config.h2DatabaseFile());
            } else {
                target = new JdbcTarget(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
            }
            return Database.open(target);
        } catch (StorageException e) {
            throw new NodeStartException(e.getMessage(), e);
        }
    }

    /** Where the API is, e.g. {@code http://127.0.0.1:43121}. */
    public URI baseUri() {
        return baseUri;
    }

    public NodeConfig config() {
        return config;
    }

    /**
     * Completes when the demo data is complete: at once on later starts; on a first start once the demo users and
     * the cohort's rows, which it prepares after it listens, are written (exceptionally if that failed).
     */
    public java.util.concurrent.CompletableFuture<Void> demoDataComplete() {
        return completion.whenDone();
    }

    /** Whether this start generated the demo data (false when the database already had it). */
    public boolean generatedDemoData() {
        return generatedDemoData;
    }

    /**
     * For code in this module (and its tests) that reads the node's tables directly; once the demo data is complete
     * (a first start writes the cohort rows after it listens).
     */
    DataSource dataSource() {
        completion.await();
        return database.dataSource();
    }

    /** The image access policy and retrieval log this node's routes use (for the tests of this module). */
    Images images() {
        return images;
    }

    /**
     * Stops the server and any sample-image generation still running (its temporary folder is removed), then closes
     * the database pool. Closing twice does nothing more.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            spot.close();
            server.close();
            if (mail != null) {
                mail.close();
            }
            completion.close();
            if (dicomWeb != null) {
                dicomWeb.close();
            }
            if (samples != null) {
                samples.close();
            }
        } finally {
            database.close();
        }
    }
}

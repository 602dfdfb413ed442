package eu.eucaim.workstation.client.connection;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.connection.BackendKind;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.api.library.SampleImagesService;
import eu.eucaim.workstation.api.negotiation.NegotiationService;
import eu.eucaim.workstation.api.node.NodeStatusService;
import eu.eucaim.workstation.api.platform.SafePaths;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.client.catalogue.emx2.Emx2CatalogueClient;
import eu.eucaim.workstation.client.dicomweb.HttpDicomWebClient;
import eu.eucaim.workstation.client.negotiation.HttpNegotiationClient;
import eu.eucaim.workstation.client.node.NodeInfoClient;
import eu.eucaim.workstation.client.query.FederatedQuery;
import eu.eucaim.workstation.client.samples.SampleImagesClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A EUCAIM node of this project's own as the app's {@link Backend}: its REST catalogue, health, sample images and
 * federated-search provider, over HTTP. The embedded node is one too; its owner hands over what closing must stop.
 */
public final class NodeBackend implements Backend {
    /** The embedded node's folder in the offline library: its port changes at every start, its content does not. */
    static final String EMBEDDED_LIBRARY = "embedded-node";

    private final BackendKind kind;
    private final URI address;
    private final CatalogueService catalogue;
    private final NodeInfoClient status;
    private final SampleImagesClient samples;
    private final LazyLibrary library;

    private final FederatedSearchService federatedSearch;
    private final HttpNegotiationClient negotiation;
    private final QueryProvider ownProvider;
    private final AccessTokenSource tokens;
    private final eu.eucaim.workstation.api.images.ImageAccessService imageAccess;
    private final Supplier<CompletableFuture<List<QueryProvider>>> otherProviders;
    private final List<AutoCloseable> owned;
    private final Map<URI, CatalogueService> otherCatalogues = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private NodeBackend(Builder b) {
        this.kind = b.kind;
        this.address = b.address;
        ClientConfig config = ClientConfig.of(address);
        this.catalogue = nodeCatalogue(config);
        this.status = new NodeInfoClient(config);
        this.samples = new SampleImagesClient(config, b.library.resolve(libraryFolder(kind, address)));
        this.library = new LazyLibrary(b.library, b.warn);
        FederatedQuery direct = new FederatedQuery(b.tokens, FederatedQuery.DEFAULT_TIMEOUT, b.appVersion);
        Map<String, String> sites = b.spotSites;
        this.federatedSearch = sites == null
                ? direct
                : new eu.eucaim.workstation.client.query.RoutedFederatedSearch(
                        new eu.eucaim.workstation.client.query.spot.SpotFederatedSearch(
                                address,
                                b.tokens,
                                FederatedQuery.DEFAULT_TIMEOUT,
                                b.appVersion,
                                eu.eucaim.workstation.api.query.ast.FocusAst::json,
                                p -> sites.get(p.endpoint().toString())),
                        p -> sites.containsKey(p.endpoint().toString()),
                        direct,
                        b.appVersion);
        this.negotiation = new HttpNegotiationClient(
                ClientConfig.of(URI.create(address.toString().replaceAll("/+$", "") + "/api")), b.tokens);
        this.ownProvider = new QueryProvider(b.providerName == null ? kind.label() : b.providerName, address);
        this.otherProviders = b.otherProviders;
        this.tokens = b.tokens;
        this.imageAccess = new eu.eucaim.workstation.client.images.HttpImageAccessClient(config, b.tokens);
        this.owned = List.copyOf(b.owned);
    }

    /**
     * A node at {@code address}.
     *
     * @param library    the offline library's root; this node's sample images go into a folder of their own there
     * @param tokens     the signed-in user's tokens, for the protected APIs (the federated search)
     * @param appVersion written into query reports
     */
    public static Builder builder(
            BackendKind kind, URI address, Path library, AccessTokenSource tokens, String appVersion) {
        return new Builder(kind, address, library, tokens, appVersion);
    }

    /** The optional parts: a provider name, the federation's other providers, what closing must stop. */
    public static final class Builder {
        private final BackendKind kind;
        private final URI address;
        private final Path library;
        private final AccessTokenSource tokens;
        private final String appVersion;
        private String providerName;
        private Map<String, String> spotSites;
        private Supplier<CompletableFuture<List<QueryProvider>>> otherProviders =
                () -> CompletableFuture.completedFuture(List.of());
        private final List<AutoCloseable> owned = new ArrayList<>();
        private java.util.function.Consumer<String> warn =
                message -> System.getLogger(NodeBackend.class.getName()).log(System.Logger.Level.WARNING, message);

        private Builder(BackendKind kind, URI address, Path library, AccessTokenSource tokens, String appVersion) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.address = Objects.requireNonNull(address, "address");
            this.library = Objects.requireNonNull(library, "library");
            this.tokens = Objects.requireNonNull(tokens, "tokens");
            this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
        }

        /** How the Query tab names this node among its providers (default: the kind's label). */
        public Builder providerName(String name) {
            this.providerName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** More providers of the node's federation (the demo federation's other nodes), asked beside it. */
        public Builder alsoAsking(Supplier<CompletableFuture<List<QueryProvider>>> others) {
            this.otherProviders = Objects.requireNonNull(others, "others");
            return this;
        }

        /**
         * The providers the node's own Spot ({@code /beam}) federates, by endpoint, with their Beam site names: these
         * are asked through it (one task, results as they come, "claimed" news), the rest directly. A live map: the
         * demo federation's members are known only once they have started.
         */
        public Builder throughSpot(Map<String, String> siteByEndpoint) {
            this.spotSites = Objects.requireNonNull(siteByEndpoint, "siteByEndpoint");
            return this;
        }

        /** Stops {@code resource} when the backend is closed (the embedded node, its demo federation), last first. */
        public Builder owning(AutoCloseable resource) {
            owned.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        /** Where to say what the user should know (the offline library is open in another app). */
        public Builder warning(java.util.function.Consumer<String> warning) {
            this.warn = Objects.requireNonNull(warning, "warning");
            return this;
        }

        public NodeBackend build() {
            return new NodeBackend(this);
        }
    }

    /** Where a node's sample images go in the offline library: one folder per node. */
    static String libraryFolder(BackendKind kind, URI address) {
        return kind == BackendKind.EMBEDDED_NODE
                ? EMBEDDED_LIBRARY
                : SafePaths.segment(address.getHost() + "_" + address.getPort());
    }

    @Override
    public BackendKind kind() {
        return kind;
    }

    @Override
    public URI address() {
        return address;
    }

    @Override
    public CatalogueService catalogue() {
        return catalogue;
    }

    @Override
    public CatalogueService catalogueAt(URI node) {
        if (node.equals(address)) {
            return catalogue;
        }
        return otherCatalogues.computeIfAbsent(node, n -> nodeCatalogue(ClientConfig.of(n)));
    }

    /**
     * A node's catalogue as the platform's is read: over its MOLGENIS EMX2 endpoint (schema {@code Eucaim}), with
     * the one client the "EUCAIM platform" connection uses. Only the dashboard's summary comes from the node's own
     * summary call: it counts studies per modality from the cohorts, which the EMX2 model cannot say (a dataset's
     * studies are not split by modality there).
     */
    private static CatalogueService nodeCatalogue(ClientConfig config) {
        return new NodeCatalogue(new Emx2CatalogueClient(config), new HttpCatalogueClient(config));
    }

    @Override
    public NodeStatusService status() {
        return status;
    }

    @Override
    public SampleImagesService samples() {
        return samples;
    }

    @Override
    public ImageLibrary library() {
        return library.get();
    }

    @Override
    public eu.eucaim.workstation.api.images.ImageAccessService imageAccess() {
        return imageAccess;
    }

    @Override
    public ImageSource ownImages() {
        return new ImageSource(
                ownProvider.name(),
                URI.create(address.toString().replaceAll("/+$", "") + "/dicom-web"),
                ImageSource.Auth.SIGN_IN,
                "");
    }

    @Override
    public DicomWebService dicomWeb(ImageSource source, String password) {
        return dicomWeb(source, password, tokens);
    }

    /** A DICOMweb client for {@code source}: the user's sign-in, a password, or nothing, as the source says. */
    static DicomWebService dicomWeb(ImageSource source, String password, AccessTokenSource tokens) {
        ClientConfig config = ClientConfig.of(source.baseUrl());
        return switch (source.auth()) {
            case SIGN_IN -> new HttpDicomWebClient(config, tokens);
            case BASIC -> HttpDicomWebClient.withBasicAuth(config, source.user(), password == null ? "" : password);
            case NONE -> new HttpDicomWebClient(config, null);
        };
    }

    @Override
    public FederatedSearchService federatedSearch() {
        return federatedSearch;
    }

    @Override
    public NegotiationService negotiation() {
        return negotiation;
    }

    @Override
    public CompletableFuture<List<QueryProvider>> queryProviders() {
        return otherProviders.get().thenApply(others -> {
            List<QueryProvider> all = new ArrayList<>();
            all.add(ownProvider);
            all.addAll(others);
            return List.copyOf(all);
        });
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (int i = owned.size() - 1; i >= 0; i--) {
            try {
                owned.get(i).close();
            } catch (Exception e) {
                // Stopping what we started, at shutdown or on a switch: nothing useful to tell the user.
                System.getLogger(NodeBackend.class.getName())
                        .log(System.Logger.Level.WARNING, "Could not stop " + owned.get(i), e);
            }
        }
        library.close();
    }

    @Override
    public String toString() {
        return "NodeBackend[" + kind + ", " + address + "]";
    }
}

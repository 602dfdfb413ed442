package eu.eucaim.workstation.client.connection;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.auth.SessionCookie;
import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.connection.BackendKind;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.api.images.ImageAccessService;
import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.api.library.SampleImagesService;
import eu.eucaim.workstation.api.negotiation.NegotiationService;
import eu.eucaim.workstation.api.node.NodeStatusService;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.catalogue.HttpCatalogueClient;
import eu.eucaim.workstation.client.negotiation.HttpNegotiationClient;
import eu.eucaim.workstation.client.query.spot.SpotFederatedSearch;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The real EUCAIM platform as the app's {@link Backend}: the public catalogue (MOLGENIS EMX2, through the client the
 * builder is given), the federated query through the explorer's Spot (signed in by the explorer's session cookie,
 * see {@link SpotFederatedSearch#withSessionCookie}), the Negotiator at {@code {negotiator}/api} and LS-AAI as the
 * sign-in provider. What only this project's nodes have — sample images, the node's own images and their access
 * rules — is answered with an empty listing where the app already shows "none", else with a
 * {@link eu.eucaim.workstation.api.error.NotOfferedException} whose message the tab shows as it is.
 */
public final class PlatformBackend implements Backend {
    private final PlatformAddresses at;
    private final CatalogueService catalogue;
    private final PlatformStatus status;
    private final NotOffered notOffered;
    private final SpotFederatedSearch federatedSearch;
    private final HttpNegotiationClient negotiation;
    private final AccessTokenSource tokens;
    private final LazyLibrary library;
    private final Map<URI, CatalogueService> otherCatalogues = new ConcurrentHashMap<>();

    private PlatformBackend(Builder b) {
        this.at = b.at;
        this.catalogue = Objects.requireNonNull(
                b.catalogue.apply(at.catalogue(), at.schema()), "the catalogue client factory gave no client");
        this.status = new PlatformStatus(catalogue, at.catalogue());
        this.notOffered = new NotOffered("the EUCAIM platform");
        this.federatedSearch = SpotFederatedSearch.withSessionCookie(
                at.explorer(),
                b.explorerCookie,
                SpotFederatedSearch.DEFAULT_TIMEOUT,
                b.appVersion,
                b.astJson,
                PlatformBackend::siteOf);
        this.negotiation =
                new HttpNegotiationClient(ClientConfig.of(PlatformAddresses.under(at.negotiator(), "api")), b.tokens);
        this.tokens = b.tokens;
        this.library = new LazyLibrary(b.library, b.warn);
    }

    /**
     * The platform at {@code addresses}.
     *
     * @param library        the offline library's root
     * @param tokens         the user's LS-AAI tokens (the Negotiator's bearer)
     * @param explorerCookie the explorer's session cookie, for its Spot (oauth2-proxy takes no bearer)
     * @param appVersion     written into query reports
     */
    public static Builder builder(
            PlatformAddresses addresses,
            Path library,
            AccessTokenSource tokens,
            SessionCookie explorerCookie,
            String appVersion) {
        return new Builder(addresses, library, tokens, explorerCookie, appVersion);
    }

    /** The catalogue client and the query's AST (both required), and where to warn. */
    public static final class Builder {
        private final PlatformAddresses at;
        private final Path library;
        private final AccessTokenSource tokens;
        private final SessionCookie explorerCookie;
        private final String appVersion;
        private BiFunction<URI, String, CatalogueService> catalogue;
        private BiFunction<CohortQuery, String, String> astJson;
        private Consumer<String> warn =
                message -> System.getLogger(PlatformBackend.class.getName()).log(System.Logger.Level.WARNING, message);

        private Builder(
                PlatformAddresses at,
                Path library,
                AccessTokenSource tokens,
                SessionCookie explorerCookie,
                String appVersion) {
            this.at = Objects.requireNonNull(at, "addresses");
            this.library = Objects.requireNonNull(library, "library");
            this.tokens = Objects.requireNonNull(tokens, "tokens");
            this.explorerCookie = Objects.requireNonNull(explorerCookie, "explorerCookie");
            this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
        }

        /** Makes the catalogue's client from the EMX2 server's address and the schema (the EMX2 client). */
        public Builder catalogue(BiFunction<URI, String, CatalogueService> client) {
            this.catalogue = Objects.requireNonNull(client, "client");
            return this;
        }

        /** The {@code {"ast":…,"id":…}} JSON of a query and an id, as Spot's sites read it ({@code FocusAst::json}). */
        public Builder astJson(BiFunction<CohortQuery, String, String> json) {
            this.astJson = Objects.requireNonNull(json, "json");
            return this;
        }

        /** Where to say what the user should know (the offline library is open in another app). */
        public Builder warning(Consumer<String> warning) {
            this.warn = Objects.requireNonNull(warning, "warning");
            return this;
        }

        public PlatformBackend build() {
            if (catalogue == null) {
                throw new IllegalStateException("The platform needs its catalogue client: call catalogue(…)");
            }
            if (astJson == null) {
                throw new IllegalStateException("The platform's query needs the Focus AST: call astJson(…)");
            }
            return new PlatformBackend(this);
        }
    }

    /**
     * The provider of a Beam site: named by the site, its endpoint the explorer's Spot with the site as fragment (a
     * key unique per site; it is no node, so its results have no node catalogue to open).
     */
    static QueryProvider provider(URI explorer, String site) {
        return new QueryProvider(site, URI.create(explorer.toString() + "#" + site));
    }

    private static String siteOf(QueryProvider provider) {
        String fragment = provider.endpoint().getFragment();
        return fragment == null ? provider.name() : fragment;
    }

    @Override
    public BackendKind kind() {
        return BackendKind.PLATFORM;
    }

    /** The catalogue's address: shown in the status bar, and its origin is what the Negotiator hand-off names. */
    @Override
    public URI address() {
        return at.catalogue();
    }

    @Override
    public URI signInIssuer() {
        return at.issuer();
    }

    /** Where the platform's services are. */
    public PlatformAddresses addresses() {
        return at;
    }

    @Override
    public CatalogueService catalogue() {
        return catalogue;
    }

    /** The platform's own catalogue; another address is a node listed as a query provider in Settings. */
    @Override
    public CatalogueService catalogueAt(URI node) {
        if (node.equals(at.catalogue())) {
            return catalogue;
        }
        return otherCatalogues.computeIfAbsent(node, n -> new HttpCatalogueClient(ClientConfig.of(n)));
    }

    @Override
    public NodeStatusService status() {
        return status;
    }

    @Override
    public SampleImagesService samples() {
        return notOffered.samples();
    }

    @Override
    public ImageLibrary library() {
        return library.get();
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
        return CompletableFuture.completedFuture(
                at.sites().stream().map(s -> provider(at.explorer(), s)).toList());
    }

    @Override
    public ImageAccessService imageAccess() {
        return notOffered.imageAccess();
    }

    /** None: the platform serves no DICOMweb of its own (the Viewer searches the sources added in Settings). */
    @Override
    public ImageSource ownImages() {
        return null;
    }

    @Override
    public DicomWebService dicomWeb(ImageSource source, String password) {
        return NodeBackend.dicomWeb(source, password, tokens);
    }

    @Override
    public void close() {
        library.close();
    }

    @Override
    public String toString() {
        return "PlatformBackend[" + at.catalogue() + ", " + at.explorer() + "]";
    }
}

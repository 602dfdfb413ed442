package eu.eucaim.workstation.client.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.auth.SessionCookie;
import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.api.connection.BackendKind;
import eu.eucaim.workstation.api.error.NotOfferedException;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;
import eu.eucaim.workstation.api.negotiation.AccessRequest;
import eu.eucaim.workstation.api.negotiation.NewRequest;
import eu.eucaim.workstation.api.negotiation.ResourceRef;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.ProviderStatus;
import eu.eucaim.workstation.api.query.QueryProvider;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformBackendTest {
    static final URI CATALOGUE = URI.create("https://catalogue.eucaim.cancerimage.eu");
    static final URI EXPLORER = URI.create("https://explorer.eucaim.cancerimage.eu/backend/");
    static final URI ISSUER = URI.create("https://login.aai.lifescience-ri.eu/oidc/");

    @TempDir
    Path library;

    /** The catalogue the EMX2 client will be: here one that counts the summaries it was asked for. */
    static final class CountingCatalogue implements CatalogueService {
        final AtomicInteger summaries = new AtomicInteger();
        volatile boolean down;

        @Override
        public CompletableFuture<DatasetPage> search(DatasetQuery query) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }

        @Override
        public CompletableFuture<Dataset> dataset(String id) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException());
        }

        @Override
        public CompletableFuture<List<Network>> networks() {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<CatalogueSummary> summary() {
            summaries.incrementAndGet();
            return down
                    ? CompletableFuture.failedFuture(
                            new ServiceUnreachableException(CATALOGUE.toString(), new java.io.IOException("no route")))
                    : CompletableFuture.completedFuture(null);
        }
    }

    static final SessionCookie NO_COOKIE = new SessionCookie() {
        @Override
        public Optional<String> cookie() {
            return Optional.empty();
        }

        @Override
        public void refused() {}
    };

    private PlatformBackend platform(URI negotiator, CatalogueService catalogue, List<URI> madeAt) {
        PlatformAddresses at = new PlatformAddresses(
                CATALOGUE,
                "Eucaim",
                EXPLORER,
                negotiator,
                URI.create("https://helpdesk.eucaim.cancerimage.eu"),
                ISSUER,
                List.of("chaimeleon", "procancer"));
        return PlatformBackend.builder(at, library, AccessTokenSource.fixed("t0ken"), NO_COOKIE, "test")
                .catalogue((base, schema) -> {
                    madeAt.add(URI.create(base + "#" + schema));
                    return catalogue;
                })
                .astJson((q, id) -> "{\"ast\":{\"operand\":\"OR\",\"children\":[]},\"id\":\"" + id + "\"}")
                .build();
    }

    @Test
    void itIsThePlatformAtItsCatalogueSignedInAtLsAaiAndAsksTheExplorersSites() throws Exception {
        List<URI> madeAt = new CopyOnWriteArrayList<>();
        CountingCatalogue catalogue = new CountingCatalogue();
        try (PlatformBackend p = platform(URI.create("https://negotiator.eucaim.cancerimage.eu"), catalogue, madeAt)) {
            assertThat(p.kind()).isEqualTo(BackendKind.PLATFORM);
            assertThat(p.kind().label()).isEqualTo("EUCAIM platform");
            assertThat(p.address()).as("the hand-off names its origin").isEqualTo(CATALOGUE);
            assertThat(p.signInIssuer()).isEqualTo(ISSUER);
            assertThat(madeAt).containsExactly(URI.create(CATALOGUE + "#Eucaim"));
            assertThat(p.catalogue()).isSameAs(catalogue).isSameAs(p.catalogueAt(CATALOGUE));
            assertThat(p.ownImages()).isNull();
            List<QueryProvider> sites = p.queryProviders().get(5, TimeUnit.SECONDS);
            assertThat(sites).extracting(QueryProvider::name).containsExactly("chaimeleon", "procancer");
            assertThat(sites)
                    .extracting(s -> s.endpoint().toString())
                    .containsExactly(EXPLORER + "#chaimeleon", EXPLORER + "#procancer");
            assertThat(sites).allSatisfy(s -> assertThat(s.catalogueBase()).isNull());
        }
    }

    @Test
    void theQueryGoesToTheExplorerWithItsCookieNotTheBearer() throws Exception {
        try (PlatformBackend p = platform(
                URI.create("https://negotiator.eucaim.cancerimage.eu"),
                new CountingCatalogue(),
                new CopyOnWriteArrayList<>())) {
            Map<String, ProviderResult> results = new ConcurrentHashMap<>();
            p.federatedSearch()
                    .start(p.queryProviders().join(), CohortQuery.any(), r -> results.put(r.provider(), r))
                    .report()
                    .get(10, TimeUnit.SECONDS);
            assertThat(results.values()).hasSize(2).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(ProviderStatus.FAILED);
                assertThat(r.error()).contains("Sign in to explorer.eucaim.cancerimage.eu first");
            });
        }
    }

    @Test
    void theNegotiatorIsAskedUnderApiWithTheBearer() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer negotiator = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        negotiator.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                seen.add(exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] reply = "{\"id\":\"r-1\",\"url\":\"https://catalogue.eucaim.cancerimage.eu\"}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(201, reply.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            }
        });
        negotiator.start();
        try (PlatformBackend p = platform(
                URI.create("http://127.0.0.1:" + negotiator.getAddress().getPort() + "/"),
                new CountingCatalogue(),
                new CopyOnWriteArrayList<>())) {
            AccessRequest made = p.negotiation()
                    .createRequest(new NewRequest(
                            "https://catalogue.eucaim.cancerimage.eu", "test", List.of(new ResourceRef("d1", "One"))))
                    .get(10, TimeUnit.SECONDS);
            assertThat(made.id()).isEqualTo("r-1");
            assertThat(seen).containsExactly("POST /api/v3/requests Bearer t0ken");
        } finally {
            negotiator.stop(0);
        }
    }

    @Test
    void whatOnlyNodesHaveIsAnEmptyListingOrOneSentence() throws Exception {
        try (PlatformBackend p = platform(
                URI.create("https://negotiator.eucaim.cancerimage.eu"),
                new CountingCatalogue(),
                new CopyOnWriteArrayList<>())) {
            assertThat(p.samples().listing("d1").get().available()).isFalse();
            assertThat(p.samples().keyFile("d1")).isEmpty();
            assertThatThrownBy(() -> p.samples().download("d1", progress -> {}).get())
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(NotOfferedException.class)
                    .hasMessage("Sample images: not offered by the EUCAIM platform.");
            assertThatThrownBy(() -> p.imageAccess().loggedDatasets().get())
                    .cause()
                    .isInstanceOf(NotOfferedException.class)
                    .hasMessage("Retrieval logs of a node's images: not offered by the EUCAIM platform.");
            assertThat(((NotOfferedException) catchCause(
                                    () -> p.imageAccess().study("1.2.3").get()))
                            .retryable())
                    .isFalse();
        }
    }

    private static Throwable catchCause(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowable(call).getCause();
    }

    @Test
    void theStatusIsTheCatalogueAskedAtMostOnceAMinuteWhileItAnswers() throws Exception {
        CountingCatalogue catalogue = new CountingCatalogue();
        AtomicLong now = new AtomicLong(0);
        PlatformStatus status = new PlatformStatus(catalogue, CATALOGUE, now::get);
        assertThat(status.info().get().name()).isEqualTo("catalogue at catalogue.eucaim.cancerimage.eu");
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        status.info().get();
        assertThat(catalogue.summaries).as("fresh: not asked again").hasValue(1);
        now.addAndGet(PlatformStatus.FRESH.toNanos());
        catalogue.down = true;
        assertThatThrownBy(() -> status.info().get()).cause().isInstanceOf(ServiceUnreachableException.class);
        assertThatThrownBy(() -> status.info().get()).cause().isInstanceOf(ServiceUnreachableException.class);
        assertThat(catalogue.summaries).as("a failure is asked again at once").hasValue(3);
    }

    @Test
    void aPlatformWithoutItsCatalogueClientOrAstIsRefusedSayingWhich() {
        PlatformAddresses at =
                new PlatformAddresses(CATALOGUE, "Eucaim", EXPLORER, CATALOGUE, CATALOGUE, ISSUER, List.of());
        assertThatThrownBy(() -> PlatformBackend.builder(at, library, AccessTokenSource.fixed("t"), NO_COOKIE, "v")
                        .astJson((q, id) -> "{}")
                        .build())
                .hasMessageContaining("catalogue client");
        assertThatThrownBy(() -> PlatformBackend.builder(at, library, AccessTokenSource.fixed("t"), NO_COOKIE, "v")
                        .catalogue((b, s) -> new CountingCatalogue())
                        .build())
                .hasMessageContaining("Focus AST");
    }
}

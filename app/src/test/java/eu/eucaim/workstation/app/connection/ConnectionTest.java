package eu.eucaim.workstation.app.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.connection.BackendKind;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.app.testing.ScriptedBackend;
import eu.eucaim.workstation.app.testing.ScriptedSearch;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connection and the services that follow it, with scripted backends: no node, no HTTP. */
class ConnectionTest {
    /** A catalogue whose summary answers with the name of its backend; other calls stay pending until completed. */
    static final class NamedCatalogue implements CatalogueService {
        final String name;
        final CompletableFuture<Dataset> pending = new CompletableFuture<>();
        final java.util.concurrent.CountDownLatch called = new java.util.concurrent.CountDownLatch(1);

        NamedCatalogue(String name) {
            this.name = name;
        }

        @Override
        public CompletableFuture<DatasetPage> search(DatasetQuery query) {
            return new CompletableFuture<>();
        }

        @Override
        public CompletableFuture<Dataset> dataset(String id) {
            called.countDown();
            return pending;
        }

        @Override
        public CompletableFuture<List<Network>> networks() {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<CatalogueSummary> summary() {
            return CompletableFuture.failedFuture(new IllegalStateException(name));
        }
    }

    final AtomicInteger connects = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);
    Connection connection;

    private static ScriptedBackend backend(String url) {
        ScriptedBackend b = new ScriptedBackend(BackendKind.NODE, URI.create(url));
        b.catalogue = new NamedCatalogue(url);
        b.federatedSearch = new ScriptedSearch();
        return b;
    }

    @AfterEach
    void close() {
        if (connection != null) {
            connection.close();
        }
    }

    private static String summaryName(CatalogueService catalogue) throws InterruptedException {
        try {
            catalogue.summary().get(5, TimeUnit.SECONDS);
            throw new AssertionError("the scripted summary always fails with its name");
        } catch (ExecutionException e) {
            return e.getCause().getMessage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFollowingServiceReachesWhicheverBackendIsCurrent() throws Exception {
        connection = new Connection(s -> backend(s.nodeUrl()));
        CatalogueService catalogue = connection.follow(CatalogueService.class, Backend::catalogue);
        connection.connect(Settings.defaults().withNode(NodeMode.REMOTE, "http://one:1"));
        assertThat(summaryName(catalogue)).isEqualTo("http://one:1");
        ScriptedBackend first = (ScriptedBackend) connection.backend().get(5, TimeUnit.SECONDS);

        connection.connect(Settings.defaults().withNode(NodeMode.REMOTE, "http://two:2"));
        assertThat(summaryName(catalogue)).isEqualTo("http://two:2");
        assertThat(first.closed).as("switching closes the backend before").isTrue();
        assertThat(catalogue.toString()).isEqualTo("CatalogueService of the current connection");
    }

    @Test
    void callsWaitForABackendStillStartingAndACancelReachesTheInnerCall() throws Exception {
        ScriptedBackend b = backend("http://slow:1");
        connection = new Connection(s -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return b;
        });
        CatalogueService catalogue = connection.follow(CatalogueService.class, Backend::catalogue);
        connection.connect(Settings.defaults());
        CompletableFuture<Dataset> asked = catalogue.dataset("x");
        assertThat(asked).isNotDone();
        release.countDown();
        connection.backend().get(5, TimeUnit.SECONDS);
        // the inner call is made on the connecting thread just after the backend is there: cancel once it is made
        assertThat(((NamedCatalogue) b.catalogue).called.await(5, TimeUnit.SECONDS))
                .isTrue();
        asked.cancel(true);
        assertThat(((NamedCatalogue) b.catalogue).pending)
                .as("the cancel reaches the call behind")
                .isCancelled();
    }

    @Test
    void aMethodThatCannotWaitNeedsAConnectedBackend() throws Exception {
        connection = new Connection(s -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return backend("http://later:1");
        });
        FederatedSearchService search = connection.follow(FederatedSearchService.class, Backend::federatedSearch);
        connection.connect(Settings.defaults());
        assertThatThrownBy(() -> search.start(List.of(), null, r -> {}))
                .isInstanceOf(NotConnectedException.class)
                .hasMessageContaining("FederatedSearchService.start")
                .hasMessageContaining("not connected yet");
        release.countDown();
        connection.backend().get(5, TimeUnit.SECONDS);
        assertThat(search.start(List.of(), null, r -> {})).isNotNull();
    }

    @Test
    void aFailedConnectIsRetriedByTheNextCall() throws Exception {
        connection = new Connection(s -> {
            if (connects.incrementAndGet() == 1) {
                throw new IllegalStateException("port in use");
            }
            return backend("http://second-try:1");
        });
        CatalogueService catalogue = connection.follow(CatalogueService.class, Backend::catalogue);
        CompletableFuture<Backend> first = connection.connect(Settings.defaults());
        assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("port in use");
        assertThat(summaryName(catalogue)).isEqualTo("http://second-try:1");
        assertThat(connects).hasValue(2);
    }

    @Test
    void closingStopsTheCurrentBackend() throws Exception {
        connection = new Connection(s -> backend("http://one:1"));
        connection.connect(Settings.defaults());
        ScriptedBackend b = (ScriptedBackend) connection.backend().get(5, TimeUnit.SECONDS);
        connection.close();
        connection = null;
        assertThat(b.closed).isTrue();
    }
}

package eu.eucaim.workstation.app.connection;

import eu.eucaim.workstation.api.auth.SessionCookie;
import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.catalogue.CatalogueSummary;
import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.catalogue.DatasetPage;
import eu.eucaim.workstation.api.catalogue.DatasetQuery;
import eu.eucaim.workstation.api.catalogue.Network;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.app.fx.UserMessageException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * What the EUCAIM platform's backend is made with besides its addresses: the explorer's session, the catalogue's
 * client (MOLGENIS EMX2: base URL and schema) and the query's Focus AST ({@code {"ast":…,"id":…}} of a query and an
 * id).
 */
public record PlatformClients(
        SessionCookie explorerCookie,
        BiFunction<URI, String, CatalogueService> catalogue,
        BiFunction<CohortQuery, String, String> astJson) {
    public PlatformClients {
        Objects.requireNonNull(explorerCookie, "explorerCookie");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(astJson, "astJson");
    }

    /**
     * Until the EMX2 catalogue client and {@code FocusAst::json} are plugged in here (issue 17: other parts), the
     * platform's catalogue and query say so in one sentence instead of failing obscurely.
     */
    public static PlatformClients pending(SessionCookie explorerCookie) {
        return new PlatformClients(explorerCookie, (base, schema) -> new MissingCatalogue(), (query, id) -> {
            throw new IllegalStateException("this build does not write Focus ASTs yet");
        });
    }

    private static final class MissingCatalogue implements CatalogueService {
        private static <T> CompletableFuture<T> missing() {
            return CompletableFuture.failedFuture(new UserMessageException(
                    "The EUCAIM catalogue needs the MOLGENIS EMX2 client, which this build does not have yet.", null));
        }

        @Override
        public CompletableFuture<DatasetPage> search(DatasetQuery query) {
            return missing();
        }

        @Override
        public CompletableFuture<Dataset> dataset(String id) {
            return missing();
        }

        @Override
        public CompletableFuture<List<Network>> networks() {
            return missing();
        }

        @Override
        public CompletableFuture<CatalogueSummary> summary() {
            return missing();
        }
    }
}

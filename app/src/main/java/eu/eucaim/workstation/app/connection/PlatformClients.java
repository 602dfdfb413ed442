package eu.eucaim.workstation.app.connection;

import eu.eucaim.workstation.api.auth.SessionCookie;
import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.ast.FocusAst;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.catalogue.emx2.Emx2CatalogueClient;
import java.net.URI;
import java.util.Objects;
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
     * The platform's real clients: the catalogue over MOLGENIS EMX2 (GraphQL, RDF) and the query as Lens's Focus AST
     * through the explorer's Spot with the explorer's session.
     */
    public static PlatformClients of(SessionCookie explorerCookie) {
        return new PlatformClients(
                explorerCookie,
                (base, schema) -> new Emx2CatalogueClient(ClientConfig.of(base), schema),
                FocusAst::json);
    }
}

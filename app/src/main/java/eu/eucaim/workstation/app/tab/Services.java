package eu.eucaim.workstation.app.tab;

import eu.eucaim.workstation.api.auth.SignInService;
import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.library.SampleImagesService;
import eu.eucaim.workstation.api.node.NodeStatusService;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.api.query.QueryProvider;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the tabs may ask of the backend: the {@code services/api} interfaces only, each following the connection the
 * user chose (a switch of node in Settings reaches them without rebuilding a tab). Later features add theirs here.
 *
 * @param catalogueAt    the catalogue of another node of the federation, by its address
 * @param queryProviders the federated-search providers that come with the backend
 * @param backend        the current backend itself: its kind and address (the status bar, the default sign-in provider)
 */
public record Services(
        CatalogueService catalogue,
        Function<URI, CatalogueService> catalogueAt,
        NodeStatusService status,
        SampleImagesService samples,
        FederatedSearchService federatedSearch,
        Supplier<CompletableFuture<List<QueryProvider>>> queryProviders,
        Supplier<CompletableFuture<Backend>> backend,
        SignInService signIn) {}

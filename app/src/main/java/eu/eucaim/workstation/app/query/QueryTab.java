package eu.eucaim.workstation.app.query;

import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.app.tab.AppContext;
import eu.eucaim.workstation.app.tab.Destination;
import eu.eucaim.workstation.app.tab.TabContent;
import javafx.scene.Node;

/**
 * The Query tab: the Federated Query over the providers of the connection and those listed in Settings. A result
 * opens in the Catalogue from the node that found it; a provider that is not a EUCAIM node has no catalogue entry.
 */
public final class QueryTab implements TabContent {
    private final QueryViewModel vm;
    private final QueryView view;

    public QueryTab(AppContext context) {
        QueryProviders providers = new QueryProviders(
                context.settings()::get, () -> context.services().backend().thenCompose(Backend::queryProviders));
        QueryViewModel.DatasetOpener opener = (provider, id) -> {
            if (provider.catalogueBase() == null) {
                context.notifications()
                        .warn(provider.name() + " is not a EUCAIM node: its datasets have no catalogue entry to open.");
            } else {
                context.navigation().open(new Destination.Dataset(id, provider.catalogueBase()));
            }
        };
        vm = new QueryViewModel(
                context.services().of(FederatedSearchService.class, Backend::federatedSearch),
                providers,
                context.executors().ui(),
                context.executors().background(),
                opener,
                context.selection()::add);
        view = new QueryView(vm, context.dialogs());
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void close() {
        vm.cancel();
    }
}

package eu.eucaim.workstation.app.dashboard;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.app.tab.AppContext;
import eu.eucaim.workstation.app.tab.TabContent;
import javafx.scene.Node;

/** The Dashboard tab: the collection summary of the catalogue in use. */
public final class DashboardTab implements TabContent {
    private final DashboardViewModel vm;
    private final DashboardView view;

    public DashboardTab(AppContext context) {
        vm = new DashboardViewModel(
                context.services().of(CatalogueService.class, Backend::catalogue),
                context.executors().ui());
        view = new DashboardView(vm);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reload() {
        vm.load();
    }
}

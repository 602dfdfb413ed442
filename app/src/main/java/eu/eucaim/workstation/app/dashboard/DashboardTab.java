package eu.eucaim.workstation.app.dashboard;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.app.fx.Scrolling;
import eu.eucaim.workstation.app.startup.StartupClock;
import eu.eucaim.workstation.app.tab.AppContext;
import eu.eucaim.workstation.app.tab.TabContent;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The Dashboard tab: the collection summary of the catalogue in use, and a page for each way to take part in
 * EUCAIM ({@link RolePage}) with the actions it leads to.
 */
public final class DashboardTab implements TabContent {
    private final DashboardViewModel vm;
    private final DashboardView view;
    private final StackPane root = new StackPane();
    private final AppContext context;

    public DashboardTab(AppContext context) {
        this.context = context;
        vm = new DashboardViewModel(
                context.services().of(CatalogueService.class, Backend::catalogue),
                context.executors().ui());
        vm.summaryProperty().addListener((obs, old, summary) -> {
            if (summary != null) {
                StartupClock.reached(StartupClock.Milestone.DASHBOARD_DATA);
            }
        });
        view = new DashboardView(vm, this::showRole, context.navigation()::open);
        root.getChildren().setAll(view);
    }

    /** Shows {@code role}'s page in place of the charts; its Dashboard button comes back. */
    void showRole(Role role) {
        RolePageView page = new RolePageView(
                role, RolePage.of(role), actions(role), () -> root.getChildren().setAll(view));
        root.getChildren().setAll(Scrolling.page(page));
    }

    private List<RolePageView.Action> actions(Role role) {
        List<RolePageView.Action> actions = new ArrayList<>();
        if (role == Role.USER) {
            actions.add(new RolePageView.Action("Sign in", "role-sign-in", context.signIn()::signIn));
            actions.add(new RolePageView.Action(
                    "Search the Catalogue",
                    "role-catalogue",
                    () -> context.navigation().show("catalogue")));
            actions.add(new RolePageView.Action(
                    "Run a Federated Query",
                    "role-query",
                    () -> context.navigation().show("query")));
        } else {
            actions.add(new RolePageView.Action(
                    "See the Catalogue",
                    "role-catalogue",
                    () -> context.navigation().show("catalogue")));
        }
        return actions;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void reload() {
        vm.load();
    }
}

package eu.eucaim.workstation.app.datasets;

import eu.eucaim.workstation.api.auth.Role;
import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.images.ImageAccessService;
import eu.eucaim.workstation.app.tab.AppContext;
import eu.eucaim.workstation.app.tab.TabContent;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The stewards' Datasets tab: for now the retrieval logs of the datasets they represent (issue 16 item 5); the
 * review of datasets joins it in a later issue.
 */
public final class DatasetsTab implements TabContent {
    public static final String ID = "datasets";

    private final RetrievalLogViewModel vm;
    private final RetrievalLogView view;

    public DatasetsTab(AppContext context) {
        vm = new RetrievalLogViewModel(
                context.services().of(ImageAccessService.class, Backend::imageAccess),
                context.executors().ui());
        view = new RetrievalLogView(vm, context.dialogs());
        // Another user may represent other datasets: read them again whenever someone signs in.
        Runnable whose = () -> vm.everyDataset(context.signIn().hasRole(Role.ADMIN));
        context.signIn().signedInProperty().addListener((o, was, signedIn) -> {
            if (signedIn) {
                whose.run();
                vm.refresh();
            }
        });
        if (context.signIn().signedInProperty().get()) {
            whose.run();
            Platform.runLater(vm::refresh);
        }
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reload() {
        Platform.runLater(vm::refresh);
    }
}

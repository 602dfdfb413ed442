package eu.eucaim.workstation.app.viewer;

import eu.eucaim.workstation.app.tab.AppContext;
import eu.eucaim.workstation.app.tab.Destination;
import eu.eucaim.workstation.app.tab.TabContent;
import eu.eucaim.workstation.viewer.ViewerView;
import eu.eucaim.workstation.viewer.ViewerViewModel;
import javafx.scene.Node;

/** The Viewer tab: the 2D DICOM viewer of viewer/fx. It opens {@link Destination.Images}. */
public final class ViewerTab implements TabContent {
    public static final String ID = "viewer";

    private final ViewerViewModel vm;
    private final ViewerView view;

    public ViewerTab(AppContext context) {
        vm = new ViewerViewModel(
                context.executors().background(), context.executors().ui());
        view = new ViewerView(vm);
        context.navigation().register(Destination.Images.class, ID, images -> view.open(images.paths()));
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void close() {
        vm.close();
    }
}

package eu.eucaim.workstation.app.catalogue;

import eu.eucaim.workstation.api.catalogue.CatalogueService;
import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.library.SampleImagesService;
import eu.eucaim.workstation.app.samples.SampleImagesViewModel;
import eu.eucaim.workstation.app.startup.StartupClock;
import eu.eucaim.workstation.app.tab.AppContext;
import eu.eucaim.workstation.app.tab.Destination;
import eu.eucaim.workstation.app.tab.TabContent;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The Catalogue tab: search, facets, the hierarchy and a dataset's detail with its sample images. It opens
 * {@link Destination.Dataset}s, from the current node's catalogue or from the node that holds them.
 */
public final class CatalogueTab implements TabContent {
    public static final String ID = "catalogue";

    private final AppContext context;
    private final CatalogueViewModel vm;
    private final CatalogueView view;

    public CatalogueTab(AppContext context) {
        this.context = context;
        vm = new CatalogueViewModel(
                context.services().of(CatalogueService.class, Backend::catalogue),
                context.executors().ui(),
                context.executors().scheduler(),
                CatalogueViewModel.DEBOUNCE,
                20);
        SampleImagesViewModel samples = new SampleImagesViewModel(
                context.services().of(SampleImagesService.class, Backend::samples),
                context.executors().ui(),
                (files, focus) -> context.navigation().open(new Destination.Images(files, focus)));
        view = new CatalogueView(vm, context.selection(), samples);
        vm.results().addListener((javafx.collections.ListChangeListener<eu.eucaim.workstation.api.catalogue.Dataset>)
                change -> {
                    if (!vm.results().isEmpty()) {
                        StartupClock.reached(StartupClock.Milestone.CATALOGUE_DATA);
                    }
                });
        context.navigation().register(Destination.Dataset.class, ID, this::open);
        context.navigation().register(Destination.CatalogueFilter.class, ID, f -> {
            vm.showOnly(f.facet(), f.value());
            return CompletableFuture.completedFuture(null);
        });
    }

    private CompletableFuture<Void> open(Destination.Dataset d) {
        if (d.node() == null || d.node().equals(currentAddress())) {
            vm.openFromElsewhere(d.id());
        } else {
            CatalogueService elsewhere = context.services().of(CatalogueService.class, b -> b.catalogueAt(d.node()));
            vm.open(d.id(), elsewhere);
        }
        return CompletableFuture.completedFuture(null);
    }

    /** The address of the node in use, or null while connecting. */
    private URI currentAddress() {
        CompletableFuture<Backend> now = context.services().backend();
        return now.isDone() && !now.isCompletedExceptionally() ? now.join().address() : null;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void reload() {
        vm.reload();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), view::focusSearch);
    }
}

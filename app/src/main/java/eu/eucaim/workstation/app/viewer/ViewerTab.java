package eu.eucaim.workstation.app.viewer;

import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.dicomweb.DicomWebSources;
import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.app.tab.AppContext;
import eu.eucaim.workstation.app.tab.Destination;
import eu.eucaim.workstation.app.tab.Dialogs;
import eu.eucaim.workstation.app.tab.FileType;
import eu.eucaim.workstation.app.tab.TabContent;
import eu.eucaim.workstation.app.viewer.remote.BackendImageSources;
import eu.eucaim.workstation.app.viewer.remote.FetchFolder;
import eu.eucaim.workstation.app.viewer.remote.LibraryKeeper;
import eu.eucaim.workstation.app.viewer.remote.RemoteImages;
import eu.eucaim.workstation.app.viewer.remote.RemoteSearchView;
import eu.eucaim.workstation.app.viewer.remote.RemoteSearchViewModel;
import eu.eucaim.workstation.viewer.ViewerDialogs;
import eu.eucaim.workstation.viewer.ViewerView;
import eu.eucaim.workstation.viewer.ViewerViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The Viewer tab: the offline library on the left (what is on this computer, by patient, study and series) and the
 * 2D DICOM viewer of viewer/fx, asking about files through the app's dialogs. It opens {@link Destination.Images}.
 */
public final class ViewerTab implements TabContent {
    public static final String ID = "viewer";
    static final FileType PNG = FileType.of("PNG image", "*.png");
    /** A series reply's instances are kept once the decoders have rested this long (see ArrivalBatches). */
    public static final long DECODERS_QUIET_MS = 50;

    private final ViewerViewModel vm;
    private final ViewerView view;
    private final LibraryViewModel library;
    private final RemoteImages remoteImages;
    private final LibraryKeeper keeper;
    private final RemoteSearchViewModel remote;
    private final java.util.function.Supplier<java.util.concurrent.CompletableFuture<Backend>> backend;

    public ViewerTab(AppContext context) {
        ImageLibrary offline = context.services().of(ImageLibrary.class, Backend::library);
        keeper = new LibraryKeeper(offline);
        remoteImages = new RemoteImages(fetchFolder(), keeper);
        vm = new ViewerViewModel(
                context.executors().background(), context.executors().ui(), remoteImages);
        remoteImages.keepWhenQuiet(() -> vm.decodersQuietFor(DECODERS_QUIET_MS));
        view = new ViewerView(vm, questions(context.dialogs()));
        library = new LibraryViewModel(offline, context.executors().ui(), view::open);
        // Beside the series, in a tab: a panel of its own would leave a 1024 px window little room for the images.
        // Read again when shown: a remote series viewed meanwhile was kept in it.
        view.addSidePanel("viewer-side-library", "Library", new LibraryView(library), 500, 436, library::refresh);
        remote = new RemoteSearchViewModel(
                context.services()
                        .of(
                                DicomWebSources.class,
                                b -> new BackendImageSources(
                                        b,
                                        () -> context.settings().get().imageSources(),
                                        s -> context.imageSourcePasswords()
                                                .of(s.baseUrl().toString(), s.user())
                                                .read()
                                                .orElse(null),
                                        context.notifications()::warn)),
                remoteImages,
                offline,
                keeper,
                context.executors().ui(),
                context.executors().background(),
                vm::openTree);
        // Listed again when shown: Settings may have added a source meanwhile.
        view.addSidePanel(
                "viewer-side-remote", "Remote", new RemoteSearchView(remote), 460, 436, remote::refreshSources);
        // A panel dragged wider keeps its width at the next start (Weasis and OHIF keep their layouts too).
        view.rememberSidePanelWidths(
                context.settings().get().sidePanelWidths(),
                widths -> context.settings().update(s -> s.withSidePanelWidths(widths), context.notifications()::warn));
        context.navigation().register(Destination.Images.class, ID, images -> {
            library.refresh(); // what was just downloaded is in the library now
            return view.open(images.paths(), images.focus());
        });
        // Close all: what is still opening or streaming from an image source is not wanted any more.
        vm.whenStudiesClosed(remote::viewerClosed);
        // Search results and remote images were the signed-in user's: not shown to whoever comes next (a view-only
        // study's images were granted to that user only).
        context.signIn().userNameProperty().addListener((o, was, now) -> {
            if (was != null && !was.isEmpty() && !was.equals(now)) {
                if (showsRemoteImages()) {
                    vm.closeStudies();
                }
                remote.forgetAnswers(
                        now == null || now.isEmpty()
                                ? "Signed out: sign in and search again to see the node's images."
                                : "Signed in as " + now + ": search again.");
            }
        });
        this.backend = context.services()::backend;
        reload();
    }

    /** Whether a series open in the viewer came from an image source (local files and the library's do not). */
    private boolean showsRemoteImages() {
        return vm.series().stream()
                .anyMatch(item -> !item.frames().isEmpty()
                        && item.frames().get(0).source() instanceof eu.eucaim.workstation.dicom.source.RemoteInstance);
    }

    /** Where whole instances are fetched to before they are kept. */
    private static java.nio.file.Path fetchFolder() {
        return FetchFolder.forThisProcess(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The Viewer's questions about files, asked with the app's choosers. */
    static ViewerDialogs questions(Dialogs dialogs) {
        return new ViewerDialogs() {
            @Override
            public List<Path> chooseFilesToOpen() {
                return dialogs.chooseFilesToOpen("Open DICOM files, a zip archive or a DICOMDIR");
            }

            @Override
            public Optional<Path> chooseFolderToOpen() {
                return dialogs.chooseFolder("Open a folder of DICOM files");
            }

            @Override
            public Optional<Path> chooseSaveFile(String suggestedName) {
                return dialogs.chooseFileToSave("Save viewport as PNG", suggestedName, PNG);
            }
        };
    }

    @Override
    public Node view() {
        return view;
    }

    /**
     * Reads the library and lists the image sources now (they say so while the app is not connected) and again once
     * it is: the shell calls this when it starts connecting, and the embedded node takes seconds to start.
     */
    @Override
    public void reload() {
        Runnable read = () -> {
            library.refresh();
            remote.refreshSources();
        };
        Platform.runLater(read);
        Platform.runLater(() -> {
            try {
                backend.get().thenRun(() -> Platform.runLater(read));
            } catch (IllegalStateException notConnecting) {
                // no connection started yet: the shell calls reload again when it starts one
            }
        });
    }

    @Override
    public void close() {
        vm.close();
    }
}

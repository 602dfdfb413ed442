package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.dicomweb.DicomWebService;
import eu.eucaim.workstation.api.dicomweb.DicomWebSources;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import eu.eucaim.workstation.api.images.ImageAccess;
import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.dicomweb.HttpDicomWebClient;
import eu.eucaim.workstation.client.library.AppLibrary;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The app's remote viewing in a process of its own, for {@link AppKilledWhileStreamingTest}: the offline library
 * opened as the app opens it, the Remote panel's view model (search, choose the study, open its series, which
 * streams it into the library middle first), the app's fetch folder; no screen. Prints {@code streaming} once the
 * series is opened; with {@code keep} it then keeps the study offline and prints {@code complete} when the library
 * has all of it.
 *
 * <p>Arguments: library folder, DICOMweb URL, a file holding the access token, {@code stream} or {@code keep}.
 */
public final class StreamingViewerProcess {
    private StreamingViewerProcess() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        URI url = URI.create(args[1]);
        String token = Files.readString(Path.of(args[2])).strip();
        boolean keep = args[3].equals("keep");
        ImageLibrary library = AppLibrary.open(root, ImageLibrary.DEFAULT_LIMIT_BYTES, w -> System.out.println(w));
        LibraryKeeper keeper = new LibraryKeeper(library);
        RemoteImages images =
                new RemoteImages(FetchFolder.forThisProcess(Path.of(System.getProperty("java.io.tmpdir"))), keeper);
        ImageSource source = new ImageSource("node", url, ImageSource.Auth.SIGN_IN, "");
        DicomWebSources sources = new DicomWebSources() {
            @Override
            public List<ImageSource> sources() {
                return List.of(source);
            }

            @Override
            public CompletableFuture<Optional<ImageAccess>> access(ImageSource s, String studyUid) {
                return CompletableFuture.completedFuture(Optional.empty());
            }

            @Override
            public DicomWebService open(ImageSource s) {
                return new HttpDicomWebClient(ClientConfig.of(url), AccessTokenSource.fixed(token));
            }
        };
        Executor io = Executors.newCachedThreadPool(eu.eucaim.workstation.common.NamedThreads.daemon("io"));
        RemoteSearchViewModel vm =
                new RemoteSearchViewModel(sources, images, library, keeper, Runnable::run, io, (tree, from) -> {});
        vm.refreshSources();
        vm.search();
        await(() -> !vm.studies().isEmpty());
        RemoteStudy study = vm.studies().get(0);
        vm.choose(study);
        await(() -> !vm.seriesOfStudy().isEmpty());
        vm.open(vm.seriesOfStudy().get(0));
        await(() -> vm.statusProperty().get().startsWith("Opened"));
        System.out.println("streaming");
        if (keep) {
            vm.keepOffline();
            await(() -> library.studyComplete(study.studyUid()));
            library.close();
            System.out.println("complete");
            System.exit(0);
        }
        Thread.sleep(Long.MAX_VALUE); // killed by the test
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not done within 120 s");
            }
            Thread.sleep(5);
        }
    }
}

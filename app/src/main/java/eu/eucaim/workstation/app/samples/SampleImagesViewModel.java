package eu.eucaim.workstation.app.samples;

import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.library.DownloadProgress;
import eu.eucaim.workstation.api.library.SampleImagesService;
import eu.eucaim.workstation.app.fx.BackgroundTask;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.LoadStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * "View sample images" of the dataset in the detail pane: whether it has any, the download into the offline
 * library (progress, cancel, the error with Retry), then the hand-over of the files to the viewer. Call every
 * method on the UI thread; background results come back through {@code ui}.
 */
public final class SampleImagesViewModel {
    private final SampleImagesService source;
    private final BiConsumer<List<Path>, Path> openInViewer;
    /** While the node is still making a dataset's samples, its listing is asked again this often, so many times. */
    static final long ASK_AGAIN_MS = 1000;

    static final int ASKS = 120;

    private final Executor later;
    /** The listing of the dataset shown, then its download: answers for an older dataset or download are dropped. */
    private final BackgroundTask work;

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final LoadStatus status = new LoadStatus();

    /** @param openInViewer takes the files and the one to show first (the finding, else the middle), or null */
    public SampleImagesViewModel(SampleImagesService source, Executor ui, BiConsumer<List<Path>, Path> openInViewer) {
        this(source, ui, CompletableFuture.delayedExecutor(ASK_AGAIN_MS, TimeUnit.MILLISECONDS), openInViewer);
    }

    /** @param later runs what is to be done {@value #ASK_AGAIN_MS} ms later (asking again while samples are made) */
    SampleImagesViewModel(
            SampleImagesService source, Executor ui, Executor later, BiConsumer<List<Path>, Path> openInViewer) {
        this.source = source;
        this.work = new BackgroundTask(ui);
        this.later = later;
        this.openInViewer = openInViewer;
        dataset.addListener((obs, old, d) -> show(d));
    }

    /** The dataset shown in the detail pane; bind it to the catalogue's detail. */
    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    private void show(Dataset d) {
        BackgroundTask.Run run = work.next();
        available.set(false);
        busy.set(false);
        progress.set(0);
        message.set("");
        status.succeeded();
        if (d == null || d.observationalStudy()) {
            return;
        }
        list(run, d, 1);
    }

    /** Lists {@code d}'s samples; while the node is still making them, again later, until they are listed. */
    private void list(BackgroundTask.Run run, Dataset d, int asked) {
        run.deliver(
                source.listing(d.id()),
                listing -> {
                    available.set(listing.available());
                    if (listing.available()) {
                        long files = listing.files().size();
                        message.set(
                                listing.preparing()
                                        ? "The node is preparing synthetic sample studies."
                                        : Formats.count(
                                                        listing.studies().size(),
                                                        "synthetic study",
                                                        "synthetic studies")
                                                + ", " + Formats.count(files, "file", "files") + ", "
                                                + Formats.bytes(listing.totalBytes()));
                    }
                    if (listing.available() && listing.preparing() && asked < ASKS) {
                        later.execute(() -> run.execute(() -> list(run, d, asked + 1)));
                    }
                },
                // The detail itself is what matters; without an answer about samples, simply offer none.
                failure -> available.set(false));
    }

    /** Downloads what is missing into the library, then opens the files in the viewer. */
    public void viewSamples() {
        Dataset d = dataset.get();
        if (d == null || busy.get()) {
            return;
        }
        BackgroundTask.Run run = work.next();
        busy.set(true);
        status.succeeded();
        progress.set(-1);
        message.set("Checking the offline library…");
        CompletableFuture<List<Path>> download = source.download(d.id(), run.progress(this::showProgress));
        run.onCancel(() -> download.cancel(true));
        // Which file to open on is read from the library on the download's thread, never on the UI thread.
        record Opened(List<Path> paths, Path focus) {}
        run.deliver(
                download.thenApply(
                        paths -> new Opened(paths, source.keyFile(d.id()).orElse(null))),
                opened -> {
                    List<Path> paths = opened.paths();
                    busy.set(false);
                    progress.set(1);
                    message.set(Formats.count(paths.size(), "file", "files") + " in the offline library");
                    openInViewer.accept(paths, opened.focus());
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof CancellationException) {
                        progress.set(0);
                        message.set("Download cancelled; files already complete are kept.");
                    } else {
                        status.failed(failure);
                    }
                });
    }

    /** Stops the download; complete files stay in the library, partial ones are removed. */
    public void cancel() {
        if (busy.get()) {
            work.cancel();
        }
    }

    private void showProgress(DownloadProgress now) {
        progress.set(now.fraction());
        message.set(
                now.preparing()
                        ? "The node is preparing the sample images…"
                        : "Downloading " + Formats.count(now.filesDone()) + " of " + Formats.count(now.filesTotal())
                                + " files (" + Formats.bytes(now.bytesDone()) + " of " + Formats.bytes(now.bytesTotal())
                                + ")");
    }

    /** Whether the dataset has sample images (the button shows only then). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** A download is running (the button is disabled, Cancel and the bar show). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One line about the samples or the download. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last download's failure (for {@link eu.eucaim.workstation.app.fx.StatusOverlay}). */
    public LoadStatus status() {
        return status;
    }
}

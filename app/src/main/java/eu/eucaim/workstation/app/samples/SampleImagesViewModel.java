package eu.eucaim.workstation.app.samples;

import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.library.DownloadProgress;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.LoadStatus;
import eu.eucaim.workstation.app.fx.UiThread;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
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
    private final SampleImagesSource source;
    private final Executor ui;
    private final Consumer<List<Path>> openInViewer;
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final LoadStatus status = new LoadStatus();
    /** Answers for an older dataset or download are dropped. */
    private long generation;

    private CompletableFuture<List<Path>> running;

    public SampleImagesViewModel(SampleImagesSource source, Executor ui, Consumer<List<Path>> openInViewer) {
        this.source = source;
        this.ui = ui;
        this.openInViewer = openInViewer;
        dataset.addListener((obs, old, d) -> show(d));
    }

    /** The dataset shown in the detail pane; bind it to the catalogue's detail. */
    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    private void show(Dataset d) {
        cancelRunning();
        long mine = ++generation;
        available.set(false);
        busy.set(false);
        progress.set(0);
        message.set("");
        status.succeeded();
        if (d == null || d.observationalStudy()) {
            return;
        }
        UiThread.deliver(
                source.listing(d.id()),
                ui,
                listing -> {
                    if (mine == generation) {
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
                                                    + megabytes(listing.totalBytes()));
                        }
                    }
                },
                failure -> {
                    // The detail itself is what matters; without an answer about samples, simply offer none.
                    if (mine == generation) {
                        available.set(false);
                    }
                });
    }

    /** Downloads what is missing into the library, then opens the files in the viewer. */
    public void viewSamples() {
        Dataset d = dataset.get();
        if (d == null || busy.get()) {
            return;
        }
        long mine = ++generation;
        busy.set(true);
        status.succeeded();
        progress.set(-1);
        message.set("Checking the offline library…");
        CompletableFuture<List<Path>> download = source.download(d.id(), coalesced(mine));
        running = download;
        UiThread.deliver(
                download,
                ui,
                paths -> {
                    if (mine == generation) {
                        busy.set(false);
                        running = null;
                        progress.set(1);
                        message.set(Formats.count(paths.size(), "file", "files") + " in the offline library");
                        openInViewer.accept(paths);
                    }
                },
                failure -> {
                    if (mine == generation) {
                        busy.set(false);
                        running = null;
                        if (failure instanceof CancellationException) {
                            progress.set(0);
                            message.set("Download cancelled; files already complete are kept.");
                        } else {
                            status.failed(failure);
                        }
                    }
                });
    }

    /** Stops the download; complete files stay in the library, partial ones are removed. */
    public void cancel() {
        if (running != null) {
            running.cancel(true);
        }
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel(true);
            running = null;
        }
    }

    /** Progress arrives per chunk from HTTP threads; the UI gets at most one pending update at a time. */
    private Consumer<DownloadProgress> coalesced(long mine) {
        AtomicReference<DownloadProgress> latest = new AtomicReference<>();
        AtomicBoolean scheduled = new AtomicBoolean();
        return p -> {
            latest.set(p);
            if (scheduled.compareAndSet(false, true)) {
                ui.execute(() -> {
                    scheduled.set(false);
                    DownloadProgress now = latest.get();
                    if (mine == generation && busy.get()) {
                        progress.set(now.fraction());
                        message.set(
                                now.preparing()
                                        ? "The node is preparing the sample images…"
                                        : "Downloading " + Formats.count(now.filesDone()) + " of "
                                                + Formats.count(now.filesTotal()) + " files ("
                                                + megabytes(now.bytesDone()) + " of " + megabytes(now.bytesTotal())
                                                + ")");
                    }
                });
            }
        };
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
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

package eu.eucaim.workstation.app.viewer;

import eu.eucaim.workstation.api.library.ImageLibrary;
import eu.eucaim.workstation.api.library.LibraryListing;
import eu.eucaim.workstation.app.fx.BackgroundTask;
import eu.eucaim.workstation.app.fx.Errors;
import eu.eucaim.workstation.app.fx.Formats;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Viewer's list of the offline library: what is on this computer (read in the background, no network), by
 * patient, study and series, and opening a row in the viewer on its key image. Call on the UI thread.
 */
public final class LibraryViewModel {
    private final ImageLibrary library;
    private final BiConsumer<List<Path>, Path> open;
    private final BackgroundTask work;
    private final BackgroundTask edits;
    private final ReadOnlyObjectWrapper<LibraryTree> tree =
            new ReadOnlyObjectWrapper<>(this, "tree", LibraryTree.EMPTY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** @param open shows files in the viewer, the second argument first */
    public LibraryViewModel(ImageLibrary library, Executor ui, BiConsumer<List<Path>, Path> open) {
        this.library = library;
        this.open = open;
        this.work = new BackgroundTask(ui);
        this.edits = new BackgroundTask(ui);
    }

    /** Reads the library again (at start, when the tab reloads, after a download). */
    public void refresh() {
        BackgroundTask.Run run = work.next();
        status.set("Reading the offline library…");
        CompletableFuture<LibraryListing> contents;
        try {
            contents = library.listing();
        } catch (IllegalStateException notConnected) {
            status.set("The offline library is read once the app is connected.");
            return;
        }
        run.deliver(
                contents,
                all -> {
                    LibraryTree t = LibraryTree.of(all);
                    tree.set(t);
                    long series = t.patients().stream()
                            .flatMap(p -> p.studies().stream())
                            .mapToLong(s -> s.series().size())
                            .sum();
                    status.set(
                            series == 0
                                    ? "Nothing in the offline library yet: \"View sample images\" in the Catalogue"
                                            + " puts a dataset's samples here, and images viewed from a remote"
                                            + " source are kept here."
                                    : Formats.count(t.patients().size(), "patient", "patients") + ", "
                                            + Formats.count(series, "series", "series") + "; viewed images take "
                                            + Formats.bytes(t.totalBytes()) + " of " + Formats.bytes(t.limitBytes())
                                            + " (the least recently used studies not kept offline go first).");
                },
                failure -> status.set("Could not read the offline library: " + Errors.describe(failure)));
    }

    /** Opens a patient, study or series: all its files, showing its key image (the finding, else the middle). */
    public void open(LibraryTree.Row row) {
        if (row != null && !row.files().isEmpty()) {
            open.accept(row.files(), row.focus());
        }
    }

    /**
     * "Keep offline" on or off for a study of viewed images: a kept study is never evicted. Sample images are kept
     * apart and need no pin.
     */
    public void keepOffline(LibraryTree.Row row, boolean keep) {
        if (row instanceof LibraryTree.Study st && st.remote()) {
            changed(
                    library.pin(st.studyUid(), keep),
                    (keep ? "Kept offline: " : "No longer kept offline: ") + st.label());
        }
    }

    /** Removes a study of viewed images from this computer (it can be fetched again from its source). */
    public void delete(LibraryTree.Row row) {
        if (row instanceof LibraryTree.Study st && st.remote()) {
            changed(library.delete(st.studyUid()).thenApply(v -> null), "Removed from this computer: " + st.label());
        }
    }

    private void changed(CompletableFuture<?> change, String done) {
        BackgroundTask.Run run = edits.next();
        run.deliver(
                change,
                v -> {
                    refresh();
                    status.set(done);
                },
                failure -> status.set("Could not change the offline library: " + Errors.describe(failure)));
    }

    public ReadOnlyObjectProperty<LibraryTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

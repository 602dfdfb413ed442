package eu.eucaim.workstation.app.viewer;

import eu.eucaim.workstation.api.library.LibrarySeries;
import eu.eucaim.workstation.api.library.OfflineLibrary;
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
    private final OfflineLibrary library;
    private final BiConsumer<List<Path>, Path> open;
    private final BackgroundTask work;
    private final ReadOnlyObjectWrapper<LibraryTree> tree =
            new ReadOnlyObjectWrapper<>(this, "tree", new LibraryTree(List.of()));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** @param open shows files in the viewer, the second argument first */
    public LibraryViewModel(OfflineLibrary library, Executor ui, BiConsumer<List<Path>, Path> open) {
        this.library = library;
        this.open = open;
        this.work = new BackgroundTask(ui);
    }

    /** Reads the library again (at start, when the tab reloads, after a download). */
    public void refresh() {
        BackgroundTask.Run run = work.next();
        status.set("Reading the offline library…");
        CompletableFuture<List<LibrarySeries>> contents;
        try {
            contents = library.contents();
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
                                            + " puts a dataset's samples here."
                                    : Formats.count(t.patients().size(), "patient", "patients") + ", "
                                            + Formats.count(series, "series", "series"));
                },
                failure -> status.set("Could not read the offline library: " + Errors.describe(failure)));
    }

    /** Opens a patient, study or series: all its files, showing its key image (the finding, else the middle). */
    public void open(LibraryTree.Row row) {
        if (row != null && !row.files().isEmpty()) {
            open.accept(row.files(), row.focus());
        }
    }

    public ReadOnlyObjectProperty<LibraryTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

package eu.eucaim.workstation.app.selection;

import eu.eucaim.workstation.app.fx.Errors;
import eu.eucaim.workstation.app.settings.StoredFile;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The datasets the user has picked for a later access request. Every change is written to {@code selection.json}
 * on the {@code io} executor (one thread, so writes land in order); a failed write is reported, never thrown.
 */
public final class SelectionViewModel {
    private final ObservableList<SelectedDataset> items = FXCollections.observableArrayList();
    private final ObservableList<SelectedDataset> readOnly = FXCollections.unmodifiableObservableList(items);
    private final IntegerBinding count = Bindings.size(items);
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning");
    private final StoredFile<SelectionFile> store;
    private final Executor io;
    private final Executor ui;

    /** Reads the file now (call off the FX thread at start-up, or accept the tiny read). */
    public SelectionViewModel(StoredFile<SelectionFile> store, Executor io, Executor ui) {
        this.store = store;
        this.io = io;
        this.ui = ui;
        StoredFile.Loaded<SelectionFile> loaded = store.load();
        items.setAll(loaded.value().checked().datasets());
        warning.set(loaded.warning());
    }

    public ObservableList<SelectedDataset> items() {
        return readOnly;
    }

    public IntegerBinding countProperty() {
        return count;
    }

    /** A sentence about a file problem, or null. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public boolean contains(String datasetId) {
        return items.stream().anyMatch(d -> d.id().equals(datasetId));
    }

    public void add(String datasetId, String title) {
        add(datasetId, title, null);
    }

    /** Adds a dataset with how it was found ({@code foundBy}, said in an access request), unless it is there. */
    public void add(String datasetId, String title, String foundBy) {
        if (!contains(datasetId)) {
            items.add(new SelectedDataset(datasetId, title, foundBy));
            persist();
        }
    }

    public void remove(String datasetId) {
        if (items.removeIf(d -> d.id().equals(datasetId))) {
            persist();
        }
    }

    public void clear() {
        if (!items.isEmpty()) {
            items.clear();
            persist();
        }
    }

    private void persist() {
        SelectionFile snapshot = new SelectionFile(List.copyOf(items));
        io.execute(() -> {
            try {
                store.save(snapshot);
            } catch (IOException | RuntimeException e) {
                String message = "The selection could not be saved: " + Errors.describe(e);
                ui.execute(() -> warning.set(message));
            }
        });
    }
}

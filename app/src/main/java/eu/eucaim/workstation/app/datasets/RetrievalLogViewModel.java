package eu.eucaim.workstation.app.datasets;

import eu.eucaim.workstation.api.images.ImageAccessService;
import eu.eucaim.workstation.api.images.LoggedDataset;
import eu.eucaim.workstation.api.images.Retrieval;
import eu.eucaim.workstation.api.images.RetrievalPage;
import eu.eucaim.workstation.app.fx.BackgroundTask;
import eu.eucaim.workstation.app.fx.Errors;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.TypedDates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The stewards' view of who retrieved their datasets' images: the datasets they represent (all of them for an
 * admin) with the log's totals, one dataset's log filtered by user and dates, page by page, newest first, and the
 * filtered log exported as CSV. Call on the UI thread.
 */
public final class RetrievalLogViewModel {
    static final int PAGE_SIZE = 100;

    private final ImageAccessService service;
    private final BackgroundTask listing;
    private final BackgroundTask reading;
    private final BackgroundTask exporting;
    private final ObservableList<LoggedDataset> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<LoggedDataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final ObservableList<Retrieval> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyStringWrapper listHeading =
            new ReadOnlyStringWrapper(this, "listHeading", "Datasets you represent");
    private int page;

    public RetrievalLogViewModel(ImageAccessService service, Executor ui) {
        this.service = service;
        this.listing = new BackgroundTask(ui);
        this.reading = new BackgroundTask(ui);
        this.exporting = new BackgroundTask(ui);
        dataset.addListener((o, a, d) -> {
            page = 0;
            read();
        });
    }

    /** Lists the datasets whose log the user may read, keeping the one chosen when it is still there. */
    public void refresh() {
        BackgroundTask.Run run = listing.next();
        status.set("Reading the datasets you represent…");
        CompletableFuture<List<LoggedDataset>> found;
        try {
            found = service.loggedDatasets();
        } catch (IllegalStateException notConnected) {
            status.set("The retrieval logs are read once the app is connected.");
            return;
        }
        run.deliver(
                found,
                list -> {
                    String chosen = dataset.get() == null ? null : dataset.get().datasetId();
                    datasets.setAll(list);
                    status.set(
                            list.isEmpty()
                                    ? "You represent no dataset: the retrieval logs are for data stewards and admins."
                                    : "");
                    dataset.set(list.stream()
                            .filter(d -> d.datasetId().equals(chosen))
                            .findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0)));
                },
                failure -> status.set("Could not list your datasets: " + Errors.describe(failure)));
    }

    /** Reads the chosen dataset's log from its first page with the filters as typed. */
    public void apply() {
        page = 0;
        read();
    }

    public void next() {
        page++;
        read();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        read();
    }

    private void read() {
        LoggedDataset d = dataset.get();
        if (d == null) {
            rows.clear();
            totals.set("");
            return;
        }
        LocalDate[] period = period();
        if (period == null) {
            return;
        }
        BackgroundTask.Run run = reading.next();
        status.set("Reading the log of " + d.title() + "…");
        CompletableFuture<RetrievalPage> answer =
                service.retrievals(d.datasetId(), user.get(), period[0], period[1], page, PAGE_SIZE);
        run.onCancel(() -> answer.cancel(true));
        run.deliver(
                answer,
                p -> {
                    rows.setAll(p.items());
                    totals.set(Formats.count(p.retrievals(), "retrieval", "retrievals") + " by "
                            + Formats.count(p.users(), "user", "users") + ", " + Formats.bytes(p.bytes())
                            + (p.retrievals() > PAGE_SIZE
                                    ? " · page " + (page + 1) + " of " + ((p.retrievals() + PAGE_SIZE - 1) / PAGE_SIZE)
                                    : ""));
                    hasPrevious.set(page > 0);
                    hasNext.set((long) (page + 1) * PAGE_SIZE < p.retrievals());
                    status.set("");
                },
                failure -> {
                    rows.clear();
                    totals.set("");
                    status.set("Could not read the log of " + d.title() + ": " + Errors.describe(failure));
                });
    }

    /** Writes the whole filtered log of the chosen dataset to {@code target} as CSV. */
    public void export(Path target) {
        LoggedDataset d = dataset.get();
        if (d == null || target == null) {
            return;
        }
        LocalDate[] period = period();
        if (period == null) {
            return;
        }
        BackgroundTask.Run run = exporting.next();
        status.set("Exporting the log of " + d.title() + "…");
        run.deliver(
                service.exportRetrievals(d.datasetId(), user.get(), period[0], period[1], target),
                p -> status.set("Saved the log of " + d.title() + " to " + p),
                failure -> status.set("Could not export the log: " + Errors.describe(failure)));
    }

    /** From and to as typed (null when empty), or null after saying which is not a date. */
    private LocalDate[] period() {
        try {
            return new LocalDate[] {TypedDates.day("From", from.get()), TypedDates.day("To", to.get())};
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return null;
        }
    }

    /** The file name an export suggests: {@code retrievals-<dataset>.csv}. */
    public String suggestedFileName() {
        LoggedDataset d = dataset.get();
        return "retrievals-" + (d == null ? "log" : d.datasetId().replaceAll("[^A-Za-z0-9._-]", "_")) + ".csv";
    }

    /**
     * Whom the list is for: a data steward reads the logs of the datasets they represent, an admin those of every
     * dataset (the node lists what the caller may read).
     */
    public void everyDataset(boolean admin) {
        listHeading.set(admin ? "Every dataset (admin)" : "Datasets you represent");
    }

    public ReadOnlyStringProperty listHeadingProperty() {
        return listHeading.getReadOnlyProperty();
    }

    public ObservableList<LoggedDataset> datasets() {
        return datasets;
    }

    public ObjectProperty<LoggedDataset> datasetProperty() {
        return dataset;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ObservableList<Retrieval> rows() {
        return rows;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }
}

package eu.eucaim.workstation.app.query;

import eu.eucaim.workstation.api.query.CohortQuery;
import eu.eucaim.workstation.api.query.CohortVocabulary;
import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.FederatedSearchService;
import eu.eucaim.workstation.api.query.QueryProvider;
import eu.eucaim.workstation.api.query.QueryReport;
import eu.eucaim.workstation.app.fx.BackgroundTask;
import eu.eucaim.workstation.app.fx.Errors;
import eu.eucaim.workstation.app.fx.Formats;
import eu.eucaim.workstation.app.fx.UiThread;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Federated Query: filters, the fan-out to every provider, results per provider as they arrive, totals, Cancel,
 * and the report (download, open and run again). Call every method on the UI thread; network and disk work runs
 * elsewhere and comes back through {@code ui}.
 */
public final class QueryViewModel {
    /** Opens a result's dataset in the Catalogue (the app switches tab and loads it from the right node). */
    @FunctionalInterface
    public interface DatasetOpener {
        void open(QueryProvider provider, String datasetId);
    }

    /** Adds a dataset to the selection. */
    @FunctionalInterface
    public interface SelectionSink {
        /** Adds a dataset, saying how it was found ({@code foundBy}). */
        void add(String datasetId, String title, String foundBy);
    }

    private final FederatedSearchService search;
    private final Supplier<CompletableFuture<List<QueryProvider>>> providers;
    private final Executor ui;
    private final Executor io;
    private final BackgroundTask queries;
    private final DatasetOpener opener;
    private final SelectionSink selection;

    private final Map<FilterCategory, Map<String, BooleanProperty>> choices = new EnumMap<>(FilterCategory.class);
    private final StringProperty ageMin = new SimpleStringProperty(this, "ageMin", "");
    private final StringProperty ageMax = new SimpleStringProperty(this, "ageMax", "");
    private final StringProperty yearMin = new SimpleStringProperty(this, "yearMin", "");
    private final StringProperty yearMax = new SimpleStringProperty(this, "yearMax", "");
    private final StringBinding problem;
    private final ObservableList<ProviderRow> rows = FXCollections.observableArrayList();
    // One wrapper, kept: a wrapper made per call is weakly attached and would drop its listeners when collected.
    private final ObservableList<ProviderRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper subjects = new ReadOnlyLongWrapper(this, "subjects");
    private final ReadOnlyLongWrapper studies = new ReadOnlyLongWrapper(this, "studies");
    /** The query whose results are shown: an added dataset says it was found by it. */
    private CohortQuery lastRun;

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyObjectWrapper<QueryReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
    private final ReadOnlyBooleanWrapper reportSavable = new ReadOnlyBooleanWrapper(this, "reportSavable");

    /**
     * @param providers the providers to ask, found anew for every query (the demo federation's nodes start late)
     * @param io        for reading and writing report files
     */
    public QueryViewModel(
            FederatedSearchService search,
            Supplier<CompletableFuture<List<QueryProvider>>> providers,
            Executor ui,
            Executor io,
            DatasetOpener opener,
            SelectionSink selection) {
        this.search = search;
        this.providers = providers;
        this.ui = ui;
        this.io = io;
        this.queries = new BackgroundTask(ui);
        this.opener = opener;
        this.selection = selection;
        for (FilterCategory c : FilterCategory.values()) {
            Map<String, BooleanProperty> m = new LinkedHashMap<>();
            c.choices().keySet().forEach(v -> m.put(v, new SimpleBooleanProperty(this, c + "." + v)));
            choices.put(c, m);
        }
        problem = Bindings.createStringBinding(this::validate, ageMin, ageMax, yearMin, yearMax);
    }

    // ---- filters

    /** Whether {@code value} of {@code category} is ticked. */
    public BooleanProperty choiceProperty(FilterCategory category, String value) {
        BooleanProperty p = choices.get(category).get(value);
        if (p == null) {
            throw new IllegalArgumentException(category + " has no value '" + value + "'");
        }
        return p;
    }

    public StringProperty ageMinProperty() {
        return ageMin;
    }

    public StringProperty ageMaxProperty() {
        return ageMax;
    }

    public StringProperty yearMinProperty() {
        return yearMin;
    }

    public StringProperty yearMaxProperty() {
        return yearMax;
    }

    /** Why the filters cannot be run (a range that is not a number or is upside down), or null. */
    public StringBinding problemProperty() {
        return problem;
    }

    public void clearFilters() {
        choices.values().forEach(m -> m.values().forEach(p -> p.set(false)));
        ageMin.set("");
        ageMax.set("");
        yearMin.set("");
        yearMax.set("");
    }

    /** The filters as a query; only when {@link #problemProperty()} is null. */
    public CohortQuery query() {
        if (problem.get() != null) {
            throw new IllegalStateException(problem.get());
        }
        return new CohortQuery(
                ticked(FilterCategory.GENDER),
                ticked(FilterCategory.DIAGNOSIS),
                ticked(FilterCategory.MODALITY),
                ticked(FilterCategory.BODY_PART),
                ticked(FilterCategory.MANUFACTURER),
                number(ageMin.get()),
                number(ageMax.get()),
                number(yearMin.get()),
                number(yearMax.get()));
    }

    /** Sets the filters to a query (from an opened report); values the tab does not offer are left out. */
    public void apply(CohortQuery q) {
        clearFilters();
        tick(FilterCategory.GENDER, q.gender());
        tick(FilterCategory.DIAGNOSIS, q.diagnosis());
        tick(FilterCategory.MODALITY, q.modality());
        tick(FilterCategory.BODY_PART, q.bodyPart());
        tick(FilterCategory.MANUFACTURER, q.manufacturer());
        ageMin.set(text(q.ageMin()));
        ageMax.set(text(q.ageMax()));
        yearMin.set(text(q.yearMin()));
        yearMax.set(text(q.yearMax()));
    }

    private void tick(FilterCategory c, List<String> values) {
        values.forEach(v -> {
            BooleanProperty p = choices.get(c).get(v);
            if (p != null) {
                p.set(true);
            }
        });
    }

    private List<String> ticked(FilterCategory c) {
        return choices.get(c).entrySet().stream()
                .filter(e -> e.getValue().get())
                .map(Map.Entry::getKey)
                .toList();
    }

    private String validate() {
        String age = range(
                "Age at diagnosis", ageMin.get(), ageMax.get(), CohortVocabulary.MIN_AGE, CohortVocabulary.MAX_AGE);
        return age != null
                ? age
                : range(
                        "Year of diagnosis",
                        yearMin.get(),
                        yearMax.get(),
                        CohortVocabulary.MIN_YEAR,
                        CohortVocabulary.MAX_YEAR);
    }

    private static String range(String label, String lo, String hi, int min, int max) {
        Integer a;
        Integer b;
        try {
            a = number(lo);
            b = number(hi);
        } catch (NumberFormatException e) {
            return label + ": enter whole numbers from " + min + " to " + max;
        }
        if ((a != null && (a < min || a > max)) || (b != null && (b < min || b > max))) {
            return label + ": enter whole numbers from " + min + " to " + max;
        }
        if (a != null && b != null && a > b) {
            return label + ": the minimum is above the maximum";
        }
        return null;
    }

    private static Integer number(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }

    // ---- running

    /** Asks every provider; a query still running is cancelled first. */
    public void run() {
        if (problem.get() != null) {
            message.set(problem.get());
            return;
        }
        CohortQuery query = query();
        lastRun = query;
        BackgroundTask.Run run = queries.next();
        rows.clear();
        report.set(null);
        message.set(null);
        updateTotals();
        running.set(true);
        summary.set("Finding the providers…");
        run.deliver(providers.get(), list -> start(run, list, query), failure -> {
            running.set(false);
            summary.set("");
            message.set("No providers to ask: " + Errors.describe(failure));
        });
    }

    private void start(BackgroundTask.Run run, List<QueryProvider> list, CohortQuery query) {
        if (list.isEmpty()) {
            running.set(false);
            summary.set("");
            message.set("No providers to ask: add one in Settings.");
            return;
        }
        Map<String, ProviderRow> byEndpoint = new LinkedHashMap<>();
        for (QueryProvider p : list) {
            ProviderRow row = new ProviderRow(p);
            byEndpoint.put(p.endpoint().toString(), row);
            rows.add(row);
        }
        updateTotals();
        FederatedSearchService.Running asked = search.start(
                list,
                query,
                result -> run.execute(() -> {
                    byEndpoint.get(result.provider()).finish(result);
                    updateTotals();
                }),
                progress -> run.execute(() -> {
                    ProviderRow row = byEndpoint.get(progress.provider());
                    if (row != null) {
                        row.claimed(progress);
                        updateTotals();
                    }
                }));
        run.onCancel(asked::cancel);
        asked.report()
                .thenAccept(r -> run.execute(() -> {
                    running.set(false);
                    report.set(r);
                    updateTotals();
                }));
    }

    /** Stops what is outstanding; answers already in stay. */
    public void cancel() {
        queries.cancel();
    }

    private void updateTotals() {
        long s = 0;
        long t = 0;
        int answered = 0;
        int failed = 0;
        for (ProviderRow r : rows) {
            if (r.stateProperty().get() == ProviderRow.State.ANSWERED) {
                answered++;
                s += r.totalProperty().get().subjectsCount();
                t += r.totalProperty().get().studiesCount();
            } else if (r.stateProperty().get() == ProviderRow.State.FAILED) {
                failed++;
            }
        }
        subjects.set(s);
        studies.set(t);
        int settled = answered + failed;
        total.set(
                rows.isEmpty() || (answered == 0 && settled < rows.size())
                        ? ""
                        : answered == 0
                                ? "No provider answered"
                                : Formats.count(s, "subject", "subjects") + " · "
                                        + Formats.count(t, "study", "studies"));
        reportSavable.set(report.get() != null && answered > 0);
        if (!rows.isEmpty()) {
            int waiting = rows.size() - answered - failed;
            summary.set(answered + " of " + rows.size() + " providers answered"
                    + (failed > 0 ? ", " + failed + " failed" : "")
                    + (waiting > 0 ? ", " + waiting + " answering…" : ""));
        }
    }

    /** "1,234 subjects · 2,345 studies" over the providers that answered; "No provider answered" when none did. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** A finished query at least one provider answered: its report is worth saving. */
    public ReadOnlyBooleanProperty reportSavableProperty() {
        return reportSavable.getReadOnlyProperty();
    }

    public ObservableList<ProviderRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Subjects over the providers that answered. */
    public ReadOnlyLongProperty subjectsProperty() {
        return subjects.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty studiesProperty() {
        return studies.getReadOnlyProperty();
    }

    /** "2 of 3 providers answered, 1 failed". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the user should know now (a saved report, a file that could not be read), or null. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The report of the last finished query, or null while running or before the first. */
    public ReadOnlyObjectProperty<QueryReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    // ---- results

    public void open(ProviderRow row, FederatedSearchResponse.Collection collection) {
        opener.open(row.provider(), collection.id());
    }

    /** Every collection that matched, from every provider that answered. */
    public void addAllToSelection() {
        int n = 0;
        for (ProviderRow r : rows) {
            for (FederatedSearchResponse.Collection c : r.collections()) {
                selection.add(c.id(), c.name(), lastRun == null ? null : "Federated query: " + lastRun.describe());
                n++;
            }
        }
        message.set(
                n == 0 ? "No datasets to add." : n + (n == 1 ? " dataset" : " datasets") + " added to the selection.");
    }

    // ---- report

    /** Writes the last report (off the UI thread). */
    public CompletableFuture<Void> saveReport(Path file) {
        QueryReport r = report.get();
        if (r == null) {
            throw new IllegalStateException("No finished query to save");
        }
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> ReportFiles.write(file, r), io);
        UiThread.deliver(
                done,
                ui,
                v -> message.set("Report saved to " + file + "."),
                failure -> message.set("Could not save the report: " + Errors.describe(failure)));
        return done;
    }

    /**
     * Reads a saved report, sets its filters and runs the query again on the providers configured now (the
     * embedded nodes' ports change from one session to the next, so the saved URLs may no longer answer).
     */
    public CompletableFuture<QueryReport> openReport(Path file) {
        CompletableFuture<QueryReport> read = CompletableFuture.supplyAsync(() -> ReportFiles.read(file), io);
        UiThread.deliver(
                read,
                ui,
                r -> {
                    apply(r.query().filters());
                    run();
                },
                failure -> message.set("Could not open the report: " + Errors.describe(failure)));
        return read;
    }
}

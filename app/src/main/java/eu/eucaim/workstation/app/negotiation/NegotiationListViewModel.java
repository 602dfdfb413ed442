package eu.eucaim.workstation.app.negotiation;

import eu.eucaim.workstation.api.negotiation.HalLists;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.NegotiationService;
import eu.eucaim.workstation.api.negotiation.UserInfo;
import eu.eucaim.workstation.app.fx.BackgroundTask;
import eu.eucaim.workstation.app.fx.Errors;
import eu.eucaim.workstation.app.negotiation.words.StatusWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The negotiations a user has a part in, newest first, filtered by status and searched by text: my requests (as
 * their author), the ones that touch datasets I represent, and for the access committee every submitted request.
 * The roles come from {@code /v3/userinfo}; the lists are loaded whole, page by page.
 */
public final class NegotiationListViewModel {
    /** Which list: the researcher's, the representative's, the access committee's. */
    public enum View {
        MINE("My requests"),
        REPRESENTING("Datasets I represent"),
        COMMITTEE("Access committee queue");

        private final String label;

        View(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The status filter's choices: everything, or one of the guide's words. */
    public static final String ALL = "All statuses";

    static final int PAGE = 100;
    /** The sub-statuses of at most this many negotiations in progress are fetched (one call each). */
    static final int DETAILED = 50;

    private final NegotiationService negotiations;
    private final BackgroundTask loading;
    private final Executor ui;
    private final ObservableList<View> views = FXCollections.observableArrayList(View.MINE);
    private final ObjectProperty<View> view = new SimpleObjectProperty<>(this, "view", View.MINE);
    private final ObservableList<NegotiationRow> all = FXCollections.observableArrayList();
    private final FilteredList<NegotiationRow> shown = new FilteredList<>(all);
    private final ObservableList<String> statuses = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<String> status = new SimpleObjectProperty<>(this, "status", ALL);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<UserInfo> user = new ReadOnlyObjectWrapper<>(this, "user");
    private final ReadOnlyBooleanWrapper loadingFlag = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public NegotiationListViewModel(NegotiationService negotiations, Executor ui) {
        this.negotiations = negotiations;
        this.ui = ui;
        this.loading = new BackgroundTask(ui);
        status.addListener((o, a, b) -> refilter());
        search.addListener((o, a, b) -> refilter());
        view.addListener((o, a, b) -> {
            if (b == null) {
                view.set(a); // a combo box emptied while its items change; the list stays what it was
            } else {
                load();
            }
        });
    }

    /** Who the user is to the Negotiator (which lists they have), then the current list. */
    public void load() {
        loadingFlag.set(true);
        error.set(null);
        BackgroundTask.Run run = loading.next();
        View wanted = view.get();
        CompletableFuture<UserInfo> me = negotiations.userInfo();
        CompletableFuture<List<Negotiation>> list = me.thenCompose(u -> list(u, wanted));
        run.onCancel(() -> list.cancel(true));
        run.deliver(
                list,
                items -> {
                    UserInfo u = me.join();
                    user.set(u);
                    offer(views(u));
                    show(items);
                    run.deliver(subStatuses(items), this::withSubStatuses, failure -> {});
                },
                failure -> {
                    loadingFlag.set(false);
                    error.set("Your negotiations could not be loaded: " + Errors.describe(failure));
                });
    }

    /**
     * The lists this user has, changed in place: replacing the items would take the combo box's choice away (it then
     * showed an empty box above the list, though the list shown was "My requests").
     */
    private void offer(List<View> mine) {
        if (mine.equals(views)) {
            return;
        }
        if (!mine.contains(view.get())) {
            view.set(View.MINE); // a list the user no longer has (loads that one)
        }
        views.retainAll(mine);
        for (int i = 0; i < mine.size(); i++) {
            if (!views.contains(mine.get(i))) {
                views.add(i, mine.get(i));
            }
        }
    }

    static List<View> views(UserInfo u) {
        List<View> v = new ArrayList<>(List.of(View.MINE));
        if (u.roles() != null && (u.roles().contains("ROLE_REPRESENTATIVE") || u.representativeOfAnyResource())) {
            v.add(View.REPRESENTING);
        }
        if (u.admin() || (u.roles() != null && u.roles().contains("ROLE_ADMIN"))) {
            v.add(View.COMMITTEE);
        }
        return v;
    }

    private CompletableFuture<List<Negotiation>> list(UserInfo u, View which) {
        Function<Integer, CompletableFuture<HalLists.Negotiations>> page = switch (which) {
            case MINE -> p -> negotiations.negotiations(u.id(), "AUTHOR", p, PAGE);
            case REPRESENTING -> p -> negotiations.negotiations(u.id(), "REPRESENTATIVE", p, PAGE);
            case COMMITTEE -> p -> negotiations.allNegotiations(null, p, PAGE);
        };
        return pages(page, 0, new ArrayList<>());
    }

    /** Every page, one after the other, until the last ({@code page.totalPages}, or a short page). */
    private static CompletableFuture<List<Negotiation>> pages(
            Function<Integer, CompletableFuture<HalLists.Negotiations>> page, int number, List<Negotiation> so) {
        return page.apply(number).thenCompose(p -> {
            so.addAll(p.items());
            boolean more = p.page() != null
                    ? number + 1 < p.page().totalPages()
                    : p.items().size() == PAGE;
            return more ? pages(page, number + 1, so) : CompletableFuture.completedFuture(so);
        });
    }

    private void show(List<Negotiation> items) {
        List<NegotiationRow> rows = items.stream()
                .map(NegotiationRow::of)
                .sorted(Comparator.comparing(NegotiationRow::created).reversed())
                .toList();
        all.setAll(rows);
        List<String> words = new ArrayList<>(List.of(ALL));
        rows.stream().map(NegotiationRow::status).distinct().sorted().forEach(words::add);
        String keep = status.get();
        statuses.setAll(words);
        status.set(words.contains(keep) ? keep : ALL);
        refilter();
        loadingFlag.set(false);
    }

    /** Each dataset's sub-status of the negotiations in progress (the newest {@link #DETAILED}). */
    private CompletableFuture<Map<String, List<NegotiationResource>>> subStatuses(List<Negotiation> items) {
        Map<String, CompletableFuture<List<NegotiationResource>>> calls = new LinkedHashMap<>();
        items.stream()
                .filter(n -> "IN_PROGRESS".equals(n.status()) || "PAUSED".equals(n.status()))
                .limit(DETAILED)
                .forEach(n -> calls.put(n.id(), negotiations.resources(n.id())));
        return CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new))
                .thenApply(done -> calls.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().join())));
    }

    private void withSubStatuses(Map<String, List<NegotiationResource>> byId) {
        all.replaceAll(row -> {
            List<NegotiationResource> rs = byId.get(row.id());
            return rs == null ? row : row.withDatasets(summary(rs), StatusWords.negotiation(row.state(), rs));
        });
    }

    /** "Available: 1 · Checking availability: 1". */
    static String summary(List<NegotiationResource> rs) {
        Map<String, Long> counts = rs.stream()
                .collect(Collectors.groupingBy(
                        r -> StatusWords.resource(r.currentState()), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    private void refilter() {
        String wanted = status.get();
        String text = search.get();
        shown.setPredicate(r -> (wanted == null || ALL.equals(wanted) || wanted.equals(r.status())) && r.matches(text));
    }

    /** Shows {@code id} even if the filter would hide it (the request just made). */
    public void reveal(String id) {
        if (all.stream().noneMatch(r -> r.id().equals(id))) {
            return;
        }
        status.set(ALL);
        search.set("");
    }

    public ObservableList<NegotiationRow> rows() {
        return shown;
    }

    public ObservableList<View> views() {
        return views;
    }

    public ObjectProperty<View> viewProperty() {
        return view;
    }

    public ObservableList<String> statuses() {
        return statuses;
    }

    public ObjectProperty<String> statusProperty() {
        return status;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<UserInfo> userProperty() {
        return user.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loadingFlag.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    Executor ui() {
        return ui;
    }
}

package eu.eucaim.workstation.app.negotiation.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.eucaim.workstation.api.negotiation.AccessForm;
import eu.eucaim.workstation.api.negotiation.FormElement;
import eu.eucaim.workstation.api.negotiation.FormSection;
import eu.eucaim.workstation.api.negotiation.Link;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.NegotiationService;
import eu.eucaim.workstation.app.fx.BackgroundTask;
import eu.eucaim.workstation.app.fx.Errors;
import eu.eucaim.workstation.app.fx.UiThread;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The access form wizard, driven entirely by the form the Negotiator returns: the request summary, one page per
 * section, an overview, then Submit. The flow is the Negotiator front end's: the draft negotiation exists from the
 * first page; every change is kept on this computer at once ({@link DraftStore}) and sent to the node
 * ({@code PATCH}) on Save and on each page change; each file is uploaded when chosen; Submit sends the payload and
 * fires SUBMIT, unless a required answer is missing: then it names each one and goes to the first.
 */
public final class AccessFormViewModel {
    /** The wizard's pages: the summary, the form's sections, the overview. */
    public enum PageKind {
        SUMMARY,
        SECTION,
        OVERVIEW
    }

    public record Page(PageKind kind, String title, List<FormField> fields) {}

    /** A field Submit cannot send as it is, and the page it is on. */
    public record Problem(int page, FormField field, String reason) {
        public String text() {
            return field.fullName() + ": " + reason;
        }
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final NegotiationService negotiations;
    private final DraftStore drafts;
    private final Executor ui;
    private final Executor io;
    private final BackgroundTask loading;
    private final ObservableList<Page> pages = FXCollections.observableArrayList();
    private final ObservableList<NegotiationResource> datasets = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    private final ReadOnlyObjectWrapper<Negotiation> negotiation = new ReadOnlyObjectWrapper<>(this, "negotiation");
    private final ReadOnlyObjectWrapper<FormField> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final AtomicReference<JsonNode> pendingDraft = new AtomicReference<>();
    private final List<FormField> fields = new ArrayList<>();
    private Consumer<String> onSubmitted = id -> {};
    private String id;
    private boolean restoring;

    public AccessFormViewModel(NegotiationService negotiations, DraftStore drafts, Executor ui, Executor io) {
        this.negotiations = negotiations;
        this.drafts = drafts;
        this.ui = ui;
        this.io = io;
        this.loading = new BackgroundTask(ui);
    }

    /** What happens once the negotiation is submitted (the tab opens its page). */
    public void setOnSubmitted(Consumer<String> onSubmitted) {
        this.onSubmitted = onSubmitted;
    }

    /** Opens negotiation {@code negotiationId}'s form: its answers on the node, then what this computer kept. */
    public void open(String negotiationId) {
        id = negotiationId;
        loaded.set(false);
        error.set(null);
        problems.clear();
        status.set("Loading the access form…");
        BackgroundTask.Run run = loading.next();
        CompletableFuture<Negotiation> n = negotiations.negotiation(negotiationId);
        CompletableFuture<AccessForm> form = negotiations.negotiationAccessForm(negotiationId);
        CompletableFuture<List<NegotiationResource>> resources = negotiations.resources(negotiationId);
        CompletableFuture<Map<Long, List<String>>> valueSets = form.thenCompose(this::valueSets);
        CompletableFuture<Optional<JsonNode>> local =
                CompletableFuture.supplyAsync(() -> localDraft(negotiationId), io);
        CompletableFuture<Void> all = CompletableFuture.allOf(n, form, resources, valueSets, local);
        run.onCancel(() -> all.cancel(true));
        run.deliver(
                all, done -> show(n.join(), form.join(), resources.join(), valueSets.join(), local.join()), failure -> {
                    status.set(null);
                    error.set("The access form could not be opened: " + Errors.describe(failure));
                });
    }

    private Optional<JsonNode> localDraft(String negotiationId) {
        try {
            return drafts.load(negotiationId);
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty(); // the node's copy is used; the unreadable file is replaced at the next change
        }
    }

    private CompletableFuture<Map<Long, List<String>>> valueSets(AccessForm form) {
        Map<Long, CompletableFuture<List<String>>> calls = new LinkedHashMap<>();
        for (FormSection s : form.sections()) {
            for (FormElement e : s.elements()) {
                valueSetId(e)
                        .ifPresent(vs -> calls.computeIfAbsent(
                                vs, k -> negotiations.valueSet(k).thenApply(v -> List.copyOf(v.availableValues()))));
            }
        }
        return CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new))
                .thenApply(done -> {
                    Map<Long, List<String>> values = new LinkedHashMap<>();
                    calls.forEach((k, f) -> values.put(k, f.join()));
                    return values;
                });
    }

    /** The value set an element links ({@code _links.value-set.href} ends in its id). */
    static Optional<Long> valueSetId(FormElement e) {
        Link link = e._links() == null ? null : e._links().get("value-set");
        if (link == null || link.href() == null) {
            return Optional.empty();
        }
        String href = link.href();
        try {
            return Optional.of(Long.parseLong(href.substring(href.lastIndexOf('/') + 1)));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private void show(
            Negotiation n,
            AccessForm form,
            List<NegotiationResource> resources,
            Map<Long, List<String>> valueSets,
            Optional<JsonNode> local) {
        negotiation.set(n);
        datasets.setAll(resources);
        fields.clear();
        List<Page> all = new ArrayList<>();
        all.add(new Page(PageKind.SUMMARY, "Request summary", List.of()));
        for (FormSection s : form.sections()) {
            List<FormField> sectionFields = new ArrayList<>();
            for (FormElement e : s.elements()) {
                FormField f = new FormField(s, e);
                valueSetId(e).map(valueSets::get).ifPresent(f.options()::setAll);
                sectionFields.add(f);
            }
            fields.addAll(sectionFields);
            all.add(new Page(PageKind.SECTION, s.label() == null ? s.name() : s.label(), List.copyOf(sectionFields)));
        }
        all.add(new Page(PageKind.OVERVIEW, "Overview", List.copyOf(fields)));
        restoring = true;
        fill(n.payload());
        local.ifPresent(this::fill); // typed here after the last save on the node: it wins
        restoring = false;
        fields.forEach(this::watch);
        pages.setAll(all);
        page.set(0);
        status.set(local.isPresent() ? "Restored what you typed on this computer." : null);
        loaded.set(true);
    }

    private void fill(JsonNode payload) {
        if (payload == null || !payload.isObject()) {
            return;
        }
        for (FormField f : fields) {
            f.load(payload.path(f.section().name()).path(f.element().name()));
        }
    }

    private void watch(FormField f) {
        f.textProperty().addListener((o, a, b) -> changed());
        f.chosen().addListener((ListChangeListener<String>) c -> changed());
        f.fileProperty().addListener((o, a, b) -> changed());
    }

    /** Something was typed: kept on this computer at once (one write at a time, the newest wins). */
    private void changed() {
        if (restoring || id == null) {
            return;
        }
        problems.removeIf(p -> p.field().problem() == null);
        String draftId = id;
        if (pendingDraft.getAndSet(payload()) == null) {
            io.execute(() -> {
                JsonNode newest = pendingDraft.getAndSet(null);
                try {
                    drafts.save(draftId, newest);
                } catch (java.io.IOException | RuntimeException e) {
                    ui.execute(() ->
                            error.set("What you typed could not be kept on this computer: " + Errors.describe(e)));
                }
            });
        }
    }

    /** The answers in the Negotiator's payload encoding: {@code {section: {element: value}}}, empty ones left out. */
    public ObjectNode payload() {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        for (FormField f : fields) {
            JsonNode value = f.value();
            if (value != null) {
                payload.with(f.section().name()).set(f.element().name(), value);
            }
        }
        return payload;
    }

    public ObservableList<Page> pages() {
        return pages;
    }

    public ObservableList<NegotiationResource> datasets() {
        return datasets;
    }

    /** What Submit found missing or wrong, each with its page; emptied as the answers are given. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Negotiation> negotiationProperty() {
        return negotiation.getReadOnlyProperty();
    }

    /** The field the view should focus (a problem Submit named). */
    public ReadOnlyObjectProperty<FormField> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** Where the answers are kept ("Saved on the node at 14:02:11"), or null. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public List<FormField> fields() {
        return List.copyOf(fields);
    }

    public void next() {
        goTo(page.get() + 1);
    }

    public void back() {
        goTo(page.get() - 1);
    }

    /** Another page; the answers go to the node on the way. */
    public void goTo(int index) {
        if (index < 0 || index >= pages.size() || index == page.get()) {
            return;
        }
        page.set(index);
        save();
    }

    /** Goes to a problem's page and focuses its field. */
    public void show(Problem problem) {
        goTo(problem.page());
        focus.set(null);
        focus.set(problem.field());
    }

    /** Sends the answers to the node ({@code PATCH}); they stay on this computer whatever the answer. */
    public CompletableFuture<Negotiation> save() {
        if (id == null || !loaded.get()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Negotiation> call = negotiations.updatePayload(id, payload());
        UiThread.deliver(
                call,
                ui,
                saved -> {
                    if (problems.isEmpty()) {
                        error.set(null); // a save does not hide what Submit found
                    }
                    status.set("Saved on the node at " + LocalTime.now().format(CLOCK) + ".");
                },
                failure -> error.set("Not saved on the node (" + Errors.describe(failure)
                        + "); what you typed is kept on this computer."));
        return call;
    }

    /** Checks every answer; Submit only when none is missing or wrong, else names each and goes to the first. */
    public void submit() {
        List<Problem> found = check();
        problems.setAll(found);
        if (!found.isEmpty()) {
            error.set(
                    found.size() == 1
                            ? "One answer is missing or wrong: " + found.get(0).text()
                            : found.size() + " answers are missing or wrong; the first is "
                                    + found.get(0).text());
            show(found.get(0));
            return;
        }
        busy.set(true);
        error.set(null);
        status.set("Submitting…");
        String submitting = id;
        CompletableFuture<Negotiation> call = negotiations
                .updatePayload(submitting, payload())
                .thenCompose(saved -> negotiations.fire(submitting, "SUBMIT"));
        UiThread.deliver(
                call,
                ui,
                submitted -> {
                    busy.set(false);
                    status.set("Submitted for review.");
                    io.execute(() -> {
                        try {
                            drafts.delete(submitting);
                        } catch (java.io.IOException | RuntimeException e) {
                            // a stale local copy is harmless: the form is not opened again once submitted
                        }
                    });
                    onSubmitted.accept(submitting);
                },
                failure -> {
                    busy.set(false);
                    status.set(null);
                    error.set("Not submitted: " + Errors.describe(failure));
                });
    }

    private List<Problem> check() {
        List<Problem> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).kind() != PageKind.SECTION) {
                continue;
            }
            for (FormField f : pages.get(i).fields()) {
                String problem = f.problem();
                if (problem != null) {
                    found.add(new Problem(i, f, problem));
                }
            }
        }
        return found;
    }

    /** Uploads {@code file} as {@code field}'s answer; on failure the file is kept for {@link #retryUpload}. */
    public void upload(FormField field, Path file) {
        field.uploadingProperty().set(true);
        field.uploadErrorProperty().set(null);
        UiThread.deliver(
                negotiations.attach(id, file, MediaTypes.of(file)),
                ui,
                attachment -> {
                    field.uploadingProperty().set(false);
                    field.failedUploadProperty().set(null);
                    field.fileProperty().set(attachment);
                    save();
                },
                failure -> {
                    field.uploadingProperty().set(false);
                    field.failedUploadProperty().set(file);
                    field.uploadErrorProperty().set(file.getFileName() + ": " + Errors.describe(failure));
                });
    }

    public void retryUpload(FormField field) {
        Path file = field.failedUploadProperty().get();
        if (file != null) {
            upload(field, file);
        }
    }

    public void removeFile(FormField field) {
        field.fileProperty().set(null);
        field.failedUploadProperty().set(null);
        field.uploadErrorProperty().set(null);
    }
}

package eu.eucaim.workstation.app.negotiation.page;

import com.fasterxml.jackson.databind.JsonNode;
import eu.eucaim.workstation.api.negotiation.AccessForm;
import eu.eucaim.workstation.api.negotiation.Attachment;
import eu.eucaim.workstation.api.negotiation.FormElement;
import eu.eucaim.workstation.api.negotiation.FormSection;
import eu.eucaim.workstation.api.negotiation.LifecycleEvent;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import eu.eucaim.workstation.api.negotiation.NegotiationService;
import eu.eucaim.workstation.api.negotiation.NewPost;
import eu.eucaim.workstation.api.negotiation.Organization;
import eu.eucaim.workstation.api.negotiation.Post;
import eu.eucaim.workstation.api.negotiation.TimelineEvent;
import eu.eucaim.workstation.app.fx.BackgroundTask;
import eu.eucaim.workstation.app.fx.Errors;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.negotiation.form.FormField;
import eu.eucaim.workstation.app.negotiation.form.MediaTypes;
import eu.eucaim.workstation.app.negotiation.outbox.NegotiatorAction;
import eu.eucaim.workstation.app.negotiation.outbox.Outcome;
import eu.eucaim.workstation.app.negotiation.outbox.PendingActions;
import eu.eucaim.workstation.app.negotiation.pdf.NegotiationExport;
import eu.eucaim.workstation.app.negotiation.pdf.NegotiationPdf;
import eu.eucaim.workstation.app.negotiation.words.NegotiationTitle;
import eu.eucaim.workstation.app.negotiation.words.StatusWords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A negotiation as its parties see it, as upstream's page shows it: title, status in the guide's words, every
 * section of the application, the attachments, how the datasets were found, each dataset with its state, one
 * chronological feed of messages and history, and the events the user may fire now — on the negotiation and on
 * each dataset (the researcher accepts access conditions; a representative checks availability, indicates
 * conditions, grants access; the access committee approves or declines).
 */
public final class NegotiationPageViewModel {
    private final NegotiationService negotiations;
    private final PendingActions outbox;
    private final Executor ui;
    private final BackgroundTask loading;
    private final ReadOnlyObjectWrapper<Negotiation> negotiation = new ReadOnlyObjectWrapper<>(this, "negotiation");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<PayloadSection> sections = FXCollections.observableArrayList();
    private final ObservableList<ResourceRow> resources = FXCollections.observableArrayList();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ObservableList<FeedEntry> feed = FXCollections.observableArrayList();
    private final ObservableList<Action> actions = FXCollections.observableArrayList();
    private final ObservableList<PostTarget> postTargets = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private String id;
    private boolean loadFailed;

    /** @param outbox where the user's actions wait until the node has them (each happens once) */
    public NegotiationPageViewModel(NegotiationService negotiations, PendingActions outbox, Executor ui) {
        this.negotiations = negotiations;
        this.outbox = outbox;
        this.ui = ui;
        this.loading = new BackgroundTask(ui);
        outbox.onOutcome(this::told);
    }

    /** Loads negotiation {@code negotiationId} and everything on its page, all at once. */
    public void open(String negotiationId) {
        if (!negotiationId.equals(id)) {
            message.set("");
            notice.set(null);
            error.set(null);
        }
        id = negotiationId;
        busy.set(true);
        BackgroundTask.Run run = loading.next();
        CompletableFuture<NegotiationExport> page = snapshot(negotiationId);
        CompletableFuture<List<LifecycleEvent>> events = negotiations.lifecycle(negotiationId);
        CompletableFuture<Void> all = CompletableFuture.allOf(page, events);
        run.onCancel(() -> all.cancel(true));
        run.deliver(
                all,
                done -> {
                    show(page.join(), events.join());
                    askForOtherEvents(run, page.join().resources());
                },
                failure -> {
                    busy.set(false);
                    loadFailed = true;
                    error.set("This negotiation could not be opened: " + Errors.describe(failure));
                });
    }

    public void reload() {
        if (id != null) {
            open(id);
        }
    }

    /** Everything on the page but the user's events, as the node has it now (also what a PDF holds). */
    private CompletableFuture<NegotiationExport> snapshot(String negotiationId) {
        CompletableFuture<Negotiation> n = negotiations.negotiation(negotiationId);
        CompletableFuture<AccessForm> form = negotiations.negotiationAccessForm(negotiationId);
        CompletableFuture<List<NegotiationResource>> rs = negotiations.resources(negotiationId);
        CompletableFuture<List<Attachment>> files = negotiations.attachments(negotiationId);
        CompletableFuture<List<TimelineEvent>> timeline = negotiations.timeline(negotiationId);
        CompletableFuture<List<Post>> posts = negotiations.posts(negotiationId);
        return CompletableFuture.allOf(n, form, rs, files, timeline, posts)
                .thenApply(done -> new NegotiationExport(
                        n.join(),
                        form.join(),
                        rs.join(),
                        files.join(),
                        timeline.join(),
                        posts.join(),
                        java.time.ZonedDateTime.now()));
    }

    private void show(NegotiationExport shown, List<LifecycleEvent> events) {
        Negotiation n = shown.negotiation();
        AccessForm form = shown.form();
        List<NegotiationResource> rs = shown.resources();
        List<Attachment> files = shown.attachments();
        List<TimelineEvent> timeline = shown.timeline();
        List<Post> posts = shown.posts();
        if (loadFailed) {
            loadFailed = false;
            error.set(null); // what an action said stays until the next action; a failed load is over
        }
        negotiation.set(n);
        title.set(NegotiationTitle.of(n));
        status.set(StatusWords.negotiation(n.status(), rs));
        sections.setAll(sections(form, n.payload()));
        // The datasets the user can act on (a representative's own) first, as the guide's representative view
        resources.setAll(rs.stream()
                .map(ResourceRow::of)
                .sorted(Comparator.comparing((ResourceRow r) -> r.actions().isEmpty()))
                .toList());
        attachments.setAll(files);
        Map<String, String> organisations = new LinkedHashMap<>();
        for (NegotiationResource r : rs) {
            Organization o = r.organization();
            if (o != null) {
                organisations.putIfAbsent(o.externalId(), o.name());
            }
        }
        List<FeedEntry> entries = new ArrayList<>();
        timeline.forEach(e -> entries.add(FeedEntry.of(e)));
        posts.forEach(p -> entries.add(FeedEntry.of(p, organisations.get(p.organizationId()))));
        entries.sort(Comparator.comparing(FeedEntry::at));
        feed.setAll(entries);
        actions.setAll(events.stream()
                .filter(e -> !"SUBMIT".equals(e.value()))
                .map(e -> new Action(e.value(), e.label(), e.description()))
                .toList());
        List<PostTarget> targets = new ArrayList<>();
        if (n.publicPostsEnabled()) {
            targets.add(PostTarget.PUBLIC);
        }
        if (n.privatePostsEnabled()) {
            organisations.forEach((orgId, name) -> targets.add(new PostTarget("Private with " + name, orgId)));
        }
        postTargets.setAll(targets);
        busy.set(false);
    }

    /**
     * Upstream links a dataset's next events for its representatives only. Where someone else may act — the
     * researcher on indicated access conditions, the access committee on a dataset whose representative cannot be
     * reached — the events are asked for, dataset by dataset (few: only in those two states).
     */
    private void askForOtherEvents(BackgroundTask.Run run, List<NegotiationResource> rs) {
        Map<String, CompletableFuture<List<String>>> calls = new LinkedHashMap<>();
        for (NegotiationResource r : rs) {
            if (ResourceRow.of(r).actions().isEmpty() && OTHERS_ACT_IN.contains(r.currentState())) {
                calls.put(
                        r.sourceId(),
                        negotiations.resourceLifecycle(id, r.sourceId()).exceptionally(e -> List.of()));
            }
        }
        if (calls.isEmpty()) {
            return;
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(calls.values().toArray(CompletableFuture[]::new));
        run.deliver(
                all,
                done -> {
                    resources.replaceAll(row -> {
                        CompletableFuture<List<String>> asked =
                                calls.get(row.resource().sourceId());
                        return asked == null ? row : row.withEvents(asked.join());
                    });
                    FXCollections.sort(
                            resources,
                            Comparator.comparing((ResourceRow r) -> r.actions().isEmpty()));
                },
                failure -> {});
    }

    private static final java.util.Set<String> OTHERS_ACT_IN =
            java.util.Set.of("ACCESS_CONDITIONS_INDICATED", "REPRESENTATIVE_UNREACHABLE");

    private static List<PayloadSection> sections(AccessForm form, JsonNode payload) {
        List<PayloadSection> out = new ArrayList<>();
        for (FormSection s : form.sections()) {
            List<PayloadSection.Answer> answers = new ArrayList<>();
            for (FormElement e : s.elements()) {
                if ("INFORMATION".equals(e.type())) {
                    continue;
                }
                FormField f = new FormField(s, e);
                if (payload != null) {
                    f.load(payload.path(s.name()).path(e.name()));
                }
                answers.add(new PayloadSection.Answer(f.label(), f.display()));
            }
            out.add(new PayloadSection(s.label() == null ? s.name() : s.label(), List.copyOf(answers)));
        }
        return out;
    }

    /** Fires a negotiation event through the outbox; a comment follows it as a public message. */
    public void fire(Action action, String comment) {
        queue(() -> {
            outbox.fire(id, action.event(), action.label() + " — " + title.get());
            if (comment != null && !comment.isBlank()) {
                outbox.post(id, new NewPost(comment.strip(), "PUBLIC", null), "Comment on " + action.label());
            }
        });
    }

    /**
     * Fires an event on one dataset through the outbox. What the user wrote goes first as a message to the
     * researcher and the dataset's organisation (private once private messages are open), with a file as its
     * attachment: this is how a representative indicates access conditions, as text and a document.
     */
    public void fireOnResource(ResourceRow row, Action action, String comment, Path file) {
        NegotiationResource r = row.resource();
        String text = comment == null ? "" : comment.strip();
        queue(() -> {
            if (file != null) {
                outbox.post(
                        id,
                        post(withAttachment(text, file), r),
                        file,
                        MediaTypes.of(file),
                        action.label() + " (document) — " + r.name());
            } else if (!text.isEmpty()) {
                outbox.post(id, post(text, r), action.label() + " (text) — " + r.name());
            }
            outbox.fireOnResource(id, r.sourceId(), action.event(), action.label() + " — " + r.name());
        });
    }

    private NewPost post(String text, NegotiationResource r) {
        Negotiation n = negotiation.get();
        boolean privately = n != null && n.privatePostsEnabled() && r.organization() != null;
        return privately
                ? new NewPost(text, "PRIVATE", r.organization().externalId())
                : new NewPost(text, "PUBLIC", null);
    }

    private static String withAttachment(String text, Path file) {
        String line = "Attached: " + file.getFileName();
        return text.isBlank() ? line : text + "\n\n" + line;
    }

    /**
     * Sends the message being typed through the outbox, with a file if one is given (uploaded first). The box is
     * emptied once the message is queued (the outbox keeps it); a message the node refuses comes back into the box.
     */
    public void send(PostTarget target, Path file) {
        String text = message.get() == null ? "" : message.get().strip();
        if (text.isEmpty() && file == null) {
            error.set("Write a message or attach a file first.");
            return;
        }
        NewPost post =
                new NewPost(file == null ? text : withAttachment(text, file), target.type(), target.organisationId());
        String what = "Message to " + target.label().toLowerCase(java.util.Locale.ROOT);
        String typed = message.get();
        message.set(""); // the outbox has it now (a refusal puts it back)
        boolean queued = queue(() -> {
            if (file == null) {
                outbox.post(id, post, what);
            } else {
                outbox.post(id, post, file, MediaTypes.of(file), what);
            }
        });
        if (!queued) {
            message.set(typed);
        }
    }

    /** What the outbox says of an action of the negotiation shown: done, or refused with the node's sentence. */
    private void told(Outcome outcome) {
        if (id == null || !id.equals(outcome.action().action().negotiationId())) {
            return;
        }
        if (outcome instanceof Outcome.Refused refused) {
            error.set(refused.message());
            notice.set(null);
            if (refused.action().action() instanceof NegotiatorAction.Message m
                    && (message.get() == null || message.get().isBlank())) {
                message.set(m.post().text()); // nothing typed is lost
            }
        } else {
            error.set(null);
            notice.set("“" + outcome.action().description() + "” done.");
        }
        reload();
    }

    /** Queues what {@code actions} queues; false (with the reason shown) when it could not be queued. */
    private boolean queue(QueueStep actions) {
        error.set(null);
        notice.set(null);
        try {
            actions.run();
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            error.set("Not sent: " + Errors.describe(e));
            return false;
        }
    }

    @FunctionalInterface
    private interface QueueStep {
        void run() throws java.io.IOException;
    }

    /**
     * Exports the negotiation as it is now on the node to a PDF at {@code target} (written whole or not at all, on
     * {@code background}); the page says where it went, or why not.
     */
    public CompletableFuture<Path> export(Path target, Executor background) {
        CompletableFuture<Path> written = snapshot(id)
                .thenApplyAsync(
                        export -> {
                            try {
                                NegotiationPdf.write(export, target);
                                return target;
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        },
                        background);
        notice.set("Exporting to " + target.getFileName() + "…");
        UiThread.deliver(written, ui, saved -> notice.set("Exported to " + saved + "."), failure -> {
            notice.set(null);
            error.set("The PDF was not written: " + Errors.describe(failure));
        });
        return written;
    }

    public CompletableFuture<Path> download(Attachment attachment, Path target) {
        CompletableFuture<Path> call = negotiations.download(attachment, target);
        UiThread.deliver(
                call,
                ui,
                saved -> notice.set("Saved " + saved.getFileName() + "."),
                failure -> error.set(attachment.name() + " could not be saved: " + Errors.describe(failure)));
        return call;
    }

    public String id() {
        return id;
    }

    public ReadOnlyObjectProperty<Negotiation> negotiationProperty() {
        return negotiation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last action did ("Message sent."), or null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<PayloadSection> sections() {
        return sections;
    }

    public ObservableList<ResourceRow> resources() {
        return resources;
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }

    public ObservableList<FeedEntry> feed() {
        return feed;
    }

    public ObservableList<Action> actions() {
        return actions;
    }

    public ObservableList<PostTarget> postTargets() {
        return postTargets;
    }

    /** The message being typed: kept until it is sent. */
    public StringProperty messageProperty() {
        return message;
    }
}

package eu.eucaim.workstation.app.negotiation;

import eu.eucaim.workstation.api.connection.Backend;
import eu.eucaim.workstation.api.negotiation.NegotiationService;
import eu.eucaim.workstation.api.platform.SafePaths;
import eu.eucaim.workstation.app.negotiation.form.AccessFormView;
import eu.eucaim.workstation.app.negotiation.form.AccessFormViewModel;
import eu.eucaim.workstation.app.negotiation.form.Documents;
import eu.eucaim.workstation.app.negotiation.form.DraftStore;
import eu.eucaim.workstation.app.negotiation.outbox.Backoff;
import eu.eucaim.workstation.app.negotiation.outbox.PendingActions;
import eu.eucaim.workstation.app.negotiation.outbox.PendingActionsStore;
import eu.eucaim.workstation.app.negotiation.outbox.RetryTimer;
import eu.eucaim.workstation.app.negotiation.page.NegotiationPageView;
import eu.eucaim.workstation.app.negotiation.page.NegotiationPageViewModel;
import eu.eucaim.workstation.app.tab.AppContext;
import eu.eucaim.workstation.app.tab.Destination;
import eu.eucaim.workstation.app.tab.TabContent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * The Negotiations tab: access requests through the Negotiator, from the selection's hand-off and the access form
 * to granted access, for researchers, the datasets' representatives and the access committee. It opens
 * {@link Destination.Negotiation}s and takes {@link Destination.AccessRequest}s (the selection), and polls the
 * notifications for its badge.
 */
public final class NegotiationsTab implements TabContent {
    public static final String ID = "negotiations";
    /** How often the notifications are asked for: one small GET, only while signed in. */
    static final Duration POLL = Duration.ofSeconds(20);

    private final AppContext context;
    private final NegotiationsViewModel vm;
    private final NegotiationAlertsViewModel alerts;
    private final NegotiationsView view;
    private final ScheduledFuture<?> polling;
    private final PendingActions outbox;

    public NegotiationsTab(AppContext context) {
        this.context = context;
        NegotiationService service = context.services().of(NegotiationService.class, Backend::negotiation);
        var ui = context.executors().ui();
        DraftStore drafts =
                new DraftStore(context.dirs().data().resolve("negotiations").resolve("drafts"));
        outbox = new PendingActions(
                PendingActionsStore.in(context.dirs()),
                service,
                ui,
                context.executors().serialIo(),
                RetryTimer.of(context.executors().scheduler()),
                Backoff.DEFAULT,
                Clock.systemUTC());
        NegotiationPageViewModel page = new NegotiationPageViewModel(service, outbox, ui);
        AccessFormViewModel form =
                new AccessFormViewModel(service, drafts, ui, context.executors().serialIo());
        vm = new NegotiationsViewModel(service, ui, new NegotiationListViewModel(service, ui), page, form);
        NegotiationPageView pageView = new NegotiationPageView(page, context.dialogs());
        pageView.setOnExport(() -> context.dialogs()
                .chooseFileToSave(
                        "Export the negotiation as PDF",
                        SafePaths.fileName("access-request-"
                                + (page.negotiationProperty().get() == null
                                        ? page.id()
                                        : page.negotiationProperty().get().displayId())
                                + ".pdf"),
                        Documents.PDF)
                .ifPresent(target -> page.export(target, context.executors().background())));
        view = new NegotiationsView(vm, pageView, new AccessFormView(form, context.dialogs()), new OutboxBar(outbox));
        outbox.warningProperty().addListener((o, a, w) -> {
            if (w != null) {
                context.notifications().warn(w);
            }
        });
        alerts = new NegotiationAlertsViewModel(
                service,
                ui,
                n -> context.notifications()
                        .inform(
                                n.title(),
                                n.message(),
                                () -> context.navigation().open(new Destination.Negotiation(n.negotiationId()))),
                count -> context.notifications()
                        .inform(
                                "Negotiations",
                                count + " new notifications",
                                () -> context.navigation().show(ID)));
        vm.setOnOpen(alerts::opened);
        context.navigation().register(Destination.Negotiation.class, ID, d -> open(d.id()));
        context.navigation().register(Destination.AccessRequest.class, ID, d -> send());
        context.signIn().signedInProperty().addListener((o, was, signedIn) -> {
            owner();
            if (signedIn) {
                vm.list().load();
                alerts.poll();
            } else {
                alerts.reset();
            }
        });
        if (context.signIn().signedInProperty().get()) {
            vm.list().load();
        }
        owner();
        polling = context.executors()
                .scheduler()
                .scheduleWithFixedDelay(
                        () -> ui.execute(() -> {
                            if (context.signIn().signedInProperty().get()) {
                                alerts.poll();
                            }
                        }),
                        2,
                        POLL.toSeconds(),
                        TimeUnit.SECONDS);
    }

    /**
     * Tells the outbox who may send now: the user at the backend in use (an action queued for another user or
     * node waits for them).
     */
    private void owner() {
        if (!context.signIn().signedInProperty().get()) {
            outbox.signedInAs(null);
            return;
        }
        String user = context.signIn().userNameProperty().get();
        context.services().backend().thenAccept(b -> ui(() -> outbox.signedInAs(user + " at " + b.address())));
    }

    private CompletableFuture<Void> open(String id) {
        return vm.open(id).thenRun(() -> ui(() -> view.select(id)));
    }

    /** The selection becomes a request and a draft whose form opens. */
    private CompletableFuture<Void> send() {
        return context.services()
                .backend()
                .thenCompose(backend -> {
                    CompletableFuture<String> sent = new CompletableFuture<>();
                    ui(() -> vm.send(
                                    backend.address(),
                                    List.copyOf(context.selection().items()),
                                    context.selection()::clear)
                            .whenComplete((id, failure) -> {
                                if (failure == null) {
                                    sent.complete(id);
                                } else {
                                    sent.completeExceptionally(failure);
                                }
                            }));
                    return sent;
                })
                .thenAccept(id -> ui(() -> view.select(id)));
    }

    private void ui(Runnable action) {
        context.executors().ui().execute(action);
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public String tooltip() {
        return "Negotiations — ask for access to the datasets in your selection and follow each request through"
                + " review to granted access.";
    }

    @Override
    public ObservableValue<String> badge() {
        return alerts.badgeProperty();
    }

    @Override
    public void reload() {
        vm.reload();
    }

    @Override
    public void close() {
        polling.cancel(false);
        outbox.close();
    }
}

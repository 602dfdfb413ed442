package eu.eucaim.workstation.app.negotiation.outbox;

import eu.eucaim.workstation.api.ActionKey;
import eu.eucaim.workstation.api.negotiation.NegotiationService;
import eu.eucaim.workstation.api.negotiation.NewPost;
import eu.eucaim.workstation.app.fx.Errors;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.settings.StoredFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Negotiator outbox (issue 15, "nothing lost"): the user's actions — an event on a negotiation or one of its
 * datasets, a message with or without a file — wait here, visible, until the node has them, and each happens once.
 *
 * <p>Each action gets its {@link ActionKey} when it is queued and keeps it across attempts and restarts of the app
 * (the queue is saved after every change, {@link PendingActionsStore}); the node answers a repeat with its first
 * answer. Actions are sent one at a time, in the order they were queued, those of the signed-in user only
 * ({@link #signedInAs}). When the node does not answer (or answers that it cannot now), the action stays with its
 * error and the queue tries again after a back-off ({@link Backoff}), or at once on {@link #sendNow()}; when the node
 * refuses it (4xx), it leaves the queue and the node's sentence is told ({@link Outcome.Refused}).
 *
 * <p>Everything here runs on the {@code ui} executor: the state is observable, the outcomes are told there.
 * No JavaFX scene types: unit tests run it with {@code UiThread.sameThread()}.
 */
public final class PendingActions implements AutoCloseable {
    private final ObservableList<PendingAction> items = FXCollections.observableArrayList();
    private final ObservableList<PendingAction> readOnly = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(this, "waiting");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning");
    private final List<Consumer<Outcome>> listeners = new CopyOnWriteArrayList<>();
    private final PendingActionsStore store;
    private final NegotiationService negotiator;
    private final Executor ui;
    private final Executor io;
    private final RetryTimer timer;
    private final Backoff backoff;
    private final Clock clock;
    private String owner;
    private PendingAction inFlight;
    private Runnable cancelRetry;
    private Duration nextWait;
    private boolean closed;

    /**
     * Reads the queue left by the last run (call off the FX thread at start-up, or accept the small read); nothing is
     * sent before {@link #signedInAs} names the user.
     *
     * @param io one thread, so that the queue's saves land in order
     */
    public PendingActions(
            PendingActionsStore store,
            NegotiationService negotiator,
            Executor ui,
            Executor io,
            RetryTimer timer,
            Backoff backoff,
            Clock clock) {
        this.store = store;
        this.negotiator = negotiator;
        this.ui = ui;
        this.io = io;
        this.timer = timer;
        this.backoff = backoff;
        this.clock = clock;
        this.nextWait = backoff.first();
        StoredFile.Loaded<List<PendingAction>> loaded = store.load();
        items.setAll(loaded.value());
        warning.set(loaded.warning());
    }

    /** The actions not sent yet, oldest first, each with why its last attempt did not get through. */
    public ObservableList<PendingAction> pending() {
        return readOnly;
    }

    /** True while the node does not answer and the queue waits to try again. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** A sentence about the queue's file (unreadable at start, or not saved), or null. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Tells {@code listener} what becomes of each action, on the UI thread; the returned runnable stops that. */
    public Runnable onOutcome(Consumer<Outcome> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Who is signed in now (the user at the backend in use, as the caller names them), or null for nobody. Only
     * their actions are sent; the others wait for them. Sends at once what can be sent.
     */
    public void signedInAs(String owner) {
        this.owner = owner;
        sendNow();
    }

    /** Queues event {@code event} on negotiation {@code negotiationId} and sends it when it can. */
    public PendingAction fire(String negotiationId, String event, String description) {
        return queue(new NegotiatorAction.Fire(negotiationId, event), ActionKey.random(), description);
    }

    /** Queues event {@code event} on dataset {@code sourceId} of negotiation {@code negotiationId}. */
    public PendingAction fireOnResource(String negotiationId, String sourceId, String event, String description) {
        return queue(
                new NegotiatorAction.FireOnResource(negotiationId, sourceId, event), ActionKey.random(), description);
    }

    /** Queues a message to negotiation {@code negotiationId}. */
    public PendingAction post(String negotiationId, NewPost post, String description) {
        return queue(new NegotiatorAction.Message(negotiationId, post, null, false), ActionKey.random(), description);
    }

    /**
     * Queues a message with {@code file}, which is sent first as an attachment of the negotiation. The outbox keeps
     * a copy of the file (read here, on the calling thread), so that what is sent is what the user chose.
     *
     * @throws IOException when the file cannot be read or copied: nothing is queued
     */
    public PendingAction post(String negotiationId, NewPost post, Path file, String contentType, String description)
            throws IOException {
        ActionKey key = ActionKey.random();
        NegotiatorAction.QueuedFile kept = store.keep(key, file, contentType);
        try {
            return queue(new NegotiatorAction.Message(negotiationId, post, kept, false), key, description);
        } catch (RuntimeException e) {
            store.forget(key);
            throw e;
        }
    }

    /** Tries the next action now instead of after the back-off (Retry, or the connection has changed). */
    public void sendNow() {
        if (cancelRetry != null) {
            cancelRetry.run();
            cancelRetry = null;
        }
        nextWait = backoff.first();
        pump();
    }

    /**
     * Removes an action the user no longer wants sent. The one being sent cannot be taken back (the node may have
     * it already): false.
     */
    public boolean discard(PendingAction action) {
        if (inFlight != null && inFlight.key().equals(action.key())) {
            return false;
        }
        if (items.removeIf(a -> a.key().equals(action.key()))) {
            saveAndForget(action.key());
        }
        return true;
    }

    /** Stops trying; what is queued stays saved for the next start. */
    @Override
    public void close() {
        closed = true;
        if (cancelRetry != null) {
            cancelRetry.run();
            cancelRetry = null;
        }
    }

    private PendingAction queue(NegotiatorAction action, ActionKey key, String description) {
        if (owner == null) {
            throw new IllegalStateException("Nobody is signed in: an action is queued for the signed-in user");
        }
        PendingAction pending = new PendingAction(key, owner, action, description, clock.instant(), 0, null);
        items.add(pending);
        save();
        pump();
        return pending;
    }

    /** Sends the first action of the signed-in user, unless one is on its way or the queue is waiting to retry. */
    private void pump() {
        if (closed || inFlight != null || cancelRetry != null || owner == null) {
            return;
        }
        PendingAction next =
                items.stream().filter(a -> a.owner().equals(owner)).findFirst().orElse(null);
        if (next == null) {
            waiting.set(false);
            return;
        }
        inFlight = next;
        CompletableFuture<Boolean> attempt;
        try {
            attempt = send(next);
        } catch (RuntimeException e) { // a file that is gone: UncheckedIOException before anything is sent
            attempt = CompletableFuture.failedFuture(e);
        }
        UiThread.deliver(attempt, ui, done -> answered(next, done), failure -> failed(next, failure));
    }

    /** One step of {@code a}: true when that finished the action, false when a step remains (the message itself). */
    private CompletableFuture<Boolean> send(PendingAction a) {
        NegotiatorAction action = a.action();
        if (action instanceof NegotiatorAction.Fire f) {
            return negotiator.fire(f.negotiationId(), f.event(), a.key()).thenApply(n -> true);
        }
        if (action instanceof NegotiatorAction.FireOnResource r) {
            return negotiator
                    .fireOnResource(r.negotiationId(), r.sourceId(), r.event(), a.key())
                    .thenApply(n -> true);
        }
        NegotiatorAction.Message m = (NegotiatorAction.Message) action;
        if (m.fileFirst()) {
            return negotiator
                    .attach(
                            m.negotiationId(),
                            store.fileOf(a.key(), m.file()),
                            m.file().contentType(),
                            a.key().step("attachment"))
                    .thenApply(attachment -> false);
        }
        return negotiator.post(m.negotiationId(), m.post(), a.key()).thenApply(p -> true);
    }

    private void answered(PendingAction action, boolean done) {
        inFlight = null;
        nextWait = backoff.first();
        waiting.set(false);
        if (done) {
            leave(action, new Outcome.Sent(action));
        } else {
            NegotiatorAction.Message m = (NegotiatorAction.Message) action.action();
            replace(action, action.with(m.withFileSent()));
            save();
        }
        pump();
    }

    private void failed(PendingAction action, Throwable failure) {
        inFlight = null;
        String message = Errors.describe(failure);
        if (SendFailure.of(Errors.unwrap(failure)) == SendFailure.REFUSED) {
            waiting.set(false);
            leave(action, new Outcome.Refused(action, message));
            pump();
            return;
        }
        replace(action, action.notSent(message));
        save();
        waiting.set(true);
        retryLater();
    }

    private void retryLater() {
        if (closed) {
            return;
        }
        Duration wait = nextWait;
        nextWait = backoff.after(wait);
        cancelRetry = timer.after(
                wait,
                () -> ui.execute(() -> {
                    cancelRetry = null;
                    pump();
                }));
    }

    /** Takes a finished action out of the queue (with its file) and tells the listeners. */
    private void leave(PendingAction action, Outcome outcome) {
        items.removeIf(a -> a.key().equals(action.key()));
        saveAndForget(action.key());
        for (Consumer<Outcome> listener : listeners) {
            listener.accept(outcome);
        }
    }

    private void replace(PendingAction old, PendingAction next) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(old.key())) {
                items.set(i, next);
                return;
            }
        }
    }

    /** Saves the queue without the action {@code key}, then removes its file: never a queued action without it. */
    private void saveAndForget(ActionKey key) {
        save();
        io.execute(() -> store.forget(key));
    }

    private void save() {
        List<PendingAction> snapshot = List.copyOf(items);
        io.execute(() -> {
            try {
                store.save(snapshot);
            } catch (IOException | RuntimeException e) {
                String message = "The Negotiator outbox could not be saved: " + Errors.describe(e)
                        + ". Its actions are still sent while the workstation runs.";
                ui.execute(() -> warning.set(message));
            }
        });
    }
}

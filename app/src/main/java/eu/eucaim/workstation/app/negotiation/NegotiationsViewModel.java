package eu.eucaim.workstation.app.negotiation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import eu.eucaim.workstation.api.negotiation.AccessRequest;
import eu.eucaim.workstation.api.negotiation.Negotiation;
import eu.eucaim.workstation.api.negotiation.NegotiationService;
import eu.eucaim.workstation.app.fx.Errors;
import eu.eucaim.workstation.app.fx.UiThread;
import eu.eucaim.workstation.app.negotiation.form.AccessFormViewModel;
import eu.eucaim.workstation.app.negotiation.page.NegotiationPageViewModel;
import eu.eucaim.workstation.app.selection.SelectedDataset;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Negotiations tab's state: the list, and beside it either a negotiation's page or, for a draft of mine, the
 * access form. It also takes the Catalogue's hand-off: the selection becomes a request and at once a draft
 * negotiation whose form opens; the selection is emptied only once the request exists.
 */
public final class NegotiationsViewModel {
    /** What is beside the list. */
    public enum Shown {
        NOTHING,
        PAGE,
        FORM
    }

    private final NegotiationService negotiations;
    private final Executor ui;
    private final NegotiationListViewModel list;
    private final NegotiationPageViewModel page;
    private final AccessFormViewModel form;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown", Shown.NOTHING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending");
    private String current;
    private java.util.function.Consumer<String> onOpen = id -> {};

    public NegotiationsViewModel(
            NegotiationService negotiations,
            Executor ui,
            NegotiationListViewModel list,
            NegotiationPageViewModel page,
            AccessFormViewModel form) {
        this.negotiations = negotiations;
        this.ui = ui;
        this.list = list;
        this.page = page;
        this.form = form;
        form.setOnSubmitted(id -> {
            list.load();
            open(id);
        });
    }

    /**
     * Sends the selection to the Negotiator and opens the new draft's form. {@code clear} empties the selection;
     * it runs once the request exists, never before.
     */
    public CompletableFuture<String> send(URI catalogue, List<SelectedDataset> selection, Runnable clear) {
        if (selection.isEmpty()) {
            message.set("The selection is empty: add datasets in the Catalogue or the Query tab first.");
            return CompletableFuture.failedFuture(new IllegalStateException("empty selection"));
        }
        sending.set(true);
        message.set("Sending " + selection.size() + (selection.size() == 1 ? " dataset" : " datasets")
                + " to the negotiator…");
        CompletableFuture<AccessRequest> request = negotiations.createRequest(HandOff.request(catalogue, selection));
        CompletableFuture<Negotiation> draft = request.thenCompose(r -> {
            ui.execute(clear);
            return negotiations.createNegotiation(r.id(), JsonNodeFactory.instance.objectNode(), true);
        });
        CompletableFuture<String> opened = new CompletableFuture<>();
        UiThread.deliver(
                draft,
                ui,
                n -> {
                    sending.set(false);
                    message.set(null);
                    list.load();
                    showForm(n.id());
                    opened.complete(n.id());
                },
                failure -> {
                    sending.set(false);
                    message.set((request.isDone() && !request.isCompletedExceptionally()
                                    ? "The request was made, but its application could not be started: "
                                    : "The selection was not sent (it is kept): ")
                            + Errors.describe(failure));
                    opened.completeExceptionally(failure);
                });
        return opened;
    }

    /** Opens a negotiation: the form if it is a draft I may still edit, else its page. */
    public CompletableFuture<Void> open(String id) {
        current = id;
        onOpen.accept(id);
        CompletableFuture<Negotiation> n = negotiations.negotiation(id);
        CompletableFuture<Void> done = new CompletableFuture<>();
        UiThread.deliver(
                n,
                ui,
                found -> {
                    if (!id.equals(current)) {
                        done.complete(null);
                        return;
                    }
                    message.set(null);
                    if ("DRAFT".equals(found.status()) && found.payloadUpdatable()) {
                        showForm(id);
                    } else {
                        page.open(id);
                        shown.set(Shown.PAGE);
                    }
                    done.complete(null);
                },
                failure -> {
                    message.set("This negotiation could not be opened: " + Errors.describe(failure));
                    done.completeExceptionally(failure);
                });
        return done;
    }

    /** Told of each negotiation opened (its notifications are then read). */
    public void setOnOpen(java.util.function.Consumer<String> onOpen) {
        this.onOpen = onOpen;
    }

    private void showForm(String id) {
        current = id;
        form.open(id);
        shown.set(Shown.FORM);
    }

    /** Loads again what is shown (after a switch of node, or back online), keeping what was typed. */
    public void reload() {
        list.load();
        if (shown.get() == Shown.PAGE) {
            page.reload();
        }
    }

    public NegotiationListViewModel list() {
        return list;
    }

    public NegotiationPageViewModel page() {
        return page;
    }

    public AccessFormViewModel form() {
        return form;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The hand-off's progress or failure, or null. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }
}

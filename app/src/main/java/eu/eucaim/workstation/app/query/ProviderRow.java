package eu.eucaim.workstation.app.query;

import eu.eucaim.workstation.api.query.FederatedSearchResponse;
import eu.eucaim.workstation.api.query.ProviderProgress;
import eu.eucaim.workstation.api.query.ProviderResult;
import eu.eucaim.workstation.api.query.QueryProvider;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One provider in the results: its state while the query runs, then its collections and totals. UI thread only. */
public final class ProviderRow {
    /** Where the provider's part of the query is. */
    public enum State {
        /** Asked; no news yet. */
        ANSWERING,
        /** A Spot site has taken the query and is working on it (Beam's {@code claimed}). */
        CLAIMED,
        ANSWERED,
        FAILED
    }

    private final QueryProvider provider;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.ANSWERING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "answering…");
    private final ObservableList<FederatedSearchResponse.Collection> collections = FXCollections.observableArrayList();
    private final ObservableList<FederatedSearchResponse.Collection> readOnlyCollections =
            FXCollections.unmodifiableObservableList(collections);
    private final ReadOnlyObjectWrapper<FederatedSearchResponse.Total> total =
            new ReadOnlyObjectWrapper<>(this, "total", new FederatedSearchResponse.Total(0, 0));

    ProviderRow(QueryProvider provider) {
        this.provider = provider;
    }

    /** A site said it has the query (through Spot); an answer or failure already in stays. */
    void claimed(ProviderProgress progress) {
        if (state.get() == State.ANSWERING) {
            state.set(State.CLAIMED);
            status.set("busy: claimed the query after " + progress.latencyMs() + " ms");
        }
    }

    void finish(ProviderResult result) {
        if (result.answered()) {
            collections.setAll(result.result().collections());
            total.set(result.result().total());
            state.set(State.ANSWERED);
            status.set("answered in " + result.latencyMs() + " ms");
        } else {
            state.set(State.FAILED);
            String what = switch (result.status()) {
                case TIMED_OUT -> "timed out";
                case CANCELLED -> "cancelled";
                default -> "failed";
            };
            status.set(what + ": " + result.error());
        }
    }

    public QueryProvider provider() {
        return provider;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "answering…", "busy: claimed the query after 12 ms", "answered in 42 ms", "failed: …", "timed out: …", "cancelled: …". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<FederatedSearchResponse.Collection> collections() {
        return readOnlyCollections;
    }

    public ReadOnlyObjectProperty<FederatedSearchResponse.Total> totalProperty() {
        return total.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return provider.name() + " " + status.get().toLowerCase(Locale.ROOT);
    }
}

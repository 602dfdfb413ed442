package eu.eucaim.workstation.app.tab;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Moving between tabs: a tab registers the kinds of {@link Destination} it opens; any other tab asks for one
 * without knowing who shows it. UI thread.
 */
public interface Navigation {
    /**
     * Selects the tab that opens {@code destination}'s kind and hands it over; completes when that tab has opened it
     * (a viewer may still be reading files). When no tab opens that kind, the user is told and the future fails.
     */
    CompletableFuture<Void> open(Destination destination);

    /** Selects the tab with this id (e.g. "catalogue"), if it is enabled. */
    void show(String tabId);

    /** {@code tabId} opens destinations of {@code kind} with {@code opener}; a later registration replaces it. */
    <D extends Destination> void register(Class<D> kind, String tabId, Function<D, CompletableFuture<Void>> opener);
}

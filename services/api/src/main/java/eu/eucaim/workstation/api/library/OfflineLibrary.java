package eu.eucaim.workstation.api.library;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What is in the offline library on this computer, read from disk: every complete sample series of every node (and,
 * for an {@link ImageLibrary}, every viewed remote series).
 */
public interface OfflineLibrary {
    /** Every series whose files are all in the library, by patient, study and series; never needs the network. */
    CompletableFuture<List<LibrarySeries>> contents();
}

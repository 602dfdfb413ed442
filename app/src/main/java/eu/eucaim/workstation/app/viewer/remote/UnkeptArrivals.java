package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.ArrivedInstance;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The instances of a whole-series reply that have arrived but are not kept yet, by SOP Instance UID. The decoders
 * read them where they arrived (in memory, or a file of the reply's) instead of waiting for the library, whose stores
 * go at the disk's pace (each file is forced to it before it is indexed): measured on the 300-slice CT, the stores
 * ended 300 ms after the reply had. The keeper moves a file away when it keeps it; a reader that comes too late waits
 * for that store and reads the library's copy. Thread-safe.
 */
final class UnkeptArrivals {
    /** A reader that missed a file waits this long at most for its store before fetching the instance alone. */
    static final long STORE_WAIT_SECONDS = 30;

    private record Unkept(String sop, ArrivedInstance arrived, CompletableFuture<Void> stored) {}

    private final Map<String, Unkept> bySop = new HashMap<>();
    private final Map<ArrivedInstance, Unkept> byArrival = new HashMap<>();
    /** Arrivals whose store ended before they were announced: never announced then (they are gone). */
    private final Set<ArrivedInstance> storedFirst = new HashSet<>();

    /** It has arrived whole and is this instance; false when its store has ended already (it is gone). */
    synchronized boolean arrived(String sop, ArrivedInstance arrived) {
        if (storedFirst.remove(arrived)) {
            return false;
        }
        Unkept u = new Unkept(sop, arrived, new CompletableFuture<>());
        bySop.put(sop, u);
        byArrival.put(arrived, u);
        return true;
    }

    /** It could not be read as an instance (or is gone already): nothing to announce. */
    synchronized void notAnInstance(ArrivedInstance arrived) {
        if (!storedFirst.remove(arrived)) {
            byArrival.put(arrived, new Unkept(null, arrived, new CompletableFuture<>())); // for its store to find
        }
    }

    /** The SOP Instance UID found when it arrived, or null if it has not been announced. */
    synchronized String sopOf(ArrivedInstance arrived) {
        Unkept u = byArrival.get(arrived);
        return u == null ? null : u.sop();
    }

    /** The store of these has ended, kept or not: from now on their instances are read from the library. */
    void stored(Collection<ArrivedInstance> arrivals) {
        for (ArrivedInstance f : arrivals) {
            Unkept u;
            synchronized (this) {
                u = byArrival.remove(f);
                if (u == null) {
                    storedFirst.add(f);
                    continue;
                }
                if (u.sop() != null) {
                    bySop.remove(u.sop(), u);
                }
            }
            u.stored().complete(null);
        }
    }

    /**
     * The instance's bytes as they arrived (an array that came in memory is given as it is), or empty when it is not
     * waiting for its store (any more).
     */
    Optional<byte[]> read(String sop) throws IOException {
        Unkept u = waiting(sop);
        if (u == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(u.arrived().readAllBytes());
        } catch (NoSuchFileException movedMeanwhile) {
            awaitStore(u);
            return Optional.empty();
        }
    }

    /** If the instance has arrived and is being stored, waits for that store (bounded); else returns at once. */
    void awaitStored(String sop) throws IOException {
        Unkept u = waiting(sop);
        if (u != null) {
            awaitStore(u);
        }
    }

    private synchronized Unkept waiting(String sop) {
        return bySop.get(sop);
    }

    private static void awaitStore(Unkept u) throws IOException {
        try {
            u.stored().get(STORE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("stopped while the library kept " + u.sop());
        } catch (ExecutionException | TimeoutException e) {
            // the library did not say: the caller looks there, and else fetches the instance alone
        }
    }
}

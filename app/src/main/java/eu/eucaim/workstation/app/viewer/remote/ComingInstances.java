package eu.eucaim.workstation.app.viewer.remote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instances a stream is still to bring, by SOP Instance UID, with what waits for each: the decoders' prefetches,
 * which then decode an instance once it has arrived rather than fetch it a second time. Thread-safe.
 */
final class ComingInstances {
    private final Map<String, List<Runnable>> coming = new HashMap<>();

    /** These are on their way. */
    synchronized void expect(Collection<String> sopUids) {
        for (String sop : sopUids) {
            coming.putIfAbsent(sop, new ArrayList<>());
        }
    }

    /** If the instance is on its way, {@code then} runs once it is here (or no longer coming); false if it is not. */
    synchronized boolean await(String sopUid, Runnable then) {
        List<Runnable> waiting = coming.get(sopUid);
        if (waiting == null) {
            return false;
        }
        waiting.add(then);
        return true;
    }

    /**
     * The instances are here, or no longer coming: what waited for them goes on (and fetches one still missing), on
     * this thread, outside the lock.
     */
    void arrived(Collection<String> sopUids) {
        List<Runnable> waited = new ArrayList<>();
        synchronized (this) {
            for (String sop : sopUids) {
                List<Runnable> w = coming.remove(sop);
                if (w != null) {
                    waited.addAll(w);
                }
            }
        }
        for (Runnable r : waited) {
            try {
                r.run();
            } catch (RuntimeException e) {
                // one waiter's failure is its own; the others still go on
            }
        }
    }

    /** Nothing is coming any more (the stream stopped): everything waiting goes on. */
    void noneComing() {
        List<String> all;
        synchronized (this) {
            all = List.copyOf(coming.keySet());
        }
        arrived(all);
    }
}

package eu.eucaim.workstation.dicom.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Fetches remote instances for an {@link InstanceReader}. The DICOM core has no HTTP code: the application plugs
 * in an implementation (e.g. a DICOMweb WADO-RS client) that knows the server, its authentication and its
 * timeouts. Called on decode threads, several at once.
 */
@FunctionalInterface
public interface InstanceFetcher {

    /**
     * The instance as a DICOM Part 10 stream (preamble and File Meta, or a bare data set in a transfer syntax the
     * reader can recognise). Fails with an {@link IOException} whose message says why (status, timeout...).
     */
    byte[] fetch(RemoteInstance instance) throws IOException;

    /**
     * Where the instance is kept whole on this computer (an offline library), if it is: the reader then reads that
     * file as it reads a local one, in place, rather than asking {@link #fetch} for a copy of it in memory.
     */
    default Optional<Path> kept(RemoteInstance instance) {
        return Optional.empty();
    }

    /**
     * Whether the instance is on its way here already (a reply bringing its whole series): then {@code then} runs
     * once it has arrived, or is no longer coming, and a reader that can wait (a prefetch) need not fetch it alone.
     * False: read it now. {@code then} runs on whatever thread brought the instance: it must not block.
     */
    default boolean arriving(RemoteInstance instance, Runnable then) {
        return false;
    }
}

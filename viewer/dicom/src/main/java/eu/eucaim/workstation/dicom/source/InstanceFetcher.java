package eu.eucaim.workstation.dicom.source;

import java.io.IOException;

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
}

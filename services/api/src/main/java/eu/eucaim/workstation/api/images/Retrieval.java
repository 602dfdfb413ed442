package eu.eucaim.workstation.api.images;

import java.time.Instant;

/**
 * One retrieval of a dataset's image data from the node.
 *
 * @param account   the caller's account on the node (stable id), null if it was anonymous
 * @param username  the caller's user name as the token gave it
 * @param seriesUid null when the retrieval was not of one series (a whole study)
 * @param use       {@code SEARCH}, {@code VIEW} (frames, rendered, thumbnails) or {@code RETRIEVE} (DICOM)
 * @param bytes     the bytes of the reply's body
 */
public record Retrieval(
        Instant at,
        String account,
        String username,
        String datasetId,
        String studyUid,
        String seriesUid,
        String use,
        long bytes) {}

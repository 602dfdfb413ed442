package eu.eucaim.workstation.api.dicomweb;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A DICOMweb server (PS3.18): the node's own {@code /dicom-web}, an Orthanc, a hospital PACS. Futures complete off
 * the UI thread, exceptionally with a {@code ServiceException} saying what the server answered.
 */
public interface DicomWebService {
    /** QIDO-RS {@code GET /studies}. */
    CompletableFuture<List<DicomAttributes>> studies(QidoQuery query);

    /** QIDO-RS {@code GET /studies/{study}/series}. */
    CompletableFuture<List<DicomAttributes>> series(String studyUid, QidoQuery query);

    /** QIDO-RS {@code GET /studies/{study}/series/{series}/instances}. */
    CompletableFuture<List<DicomAttributes>> instances(String studyUid, String seriesUid, QidoQuery query);

    /** WADO-RS {@code GET /studies/{study}/series/{series}/metadata}: every instance's attributes, without bulk data. */
    CompletableFuture<List<DicomAttributes>> seriesMetadata(String studyUid, String seriesUid);

    /**
     * WADO-RS {@code GET …/instances/{instance}/frames/{n,…}} (1-based numbers), in {@code transferSyntax}: a UID,
     * or "*" for the one the server stores (then each frame's media type says which).
     */
    CompletableFuture<List<Frame>> frames(
            String studyUid, String seriesUid, String instanceUid, List<Integer> numbers, String transferSyntax);

    /**
     * WADO-RS {@code GET …/instances/{instance}} as stored ({@code transfer-syntax=*}), written to {@code target}
     * whole or not at all; completes with {@code target}.
     */
    CompletableFuture<java.nio.file.Path> instance(
            String studyUid, String seriesUid, String instanceUid, java.nio.file.Path target);
}

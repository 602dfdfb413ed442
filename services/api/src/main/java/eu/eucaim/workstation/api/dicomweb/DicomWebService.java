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

    /**
     * The same request as {@link #instance}, the instance held in memory: for an image to be shown now, which need not
     * wait for a file to be made, written and read back (the caller keeps it after, if it keeps it).
     */
    CompletableFuture<byte[]> instanceBytes(String studyUid, String seriesUid, String instanceUid);

    /**
     * WADO-RS {@code GET /studies/{study}/series/{series}} as stored ({@code transfer-syntax=*}): the series' instances
     * in one reply, each handed to {@code each} as it arrives (which takes it; an exception from it stops the reply).
     * A part whose Content-Length {@code inMemory} accepts (asked as each part begins) comes in memory; any other is
     * written to a file of its own in {@code folder}. Completes with how
     * many; a part cut off is never handed over. A server or client without it fails with
     * {@link UnsupportedOperationException}.
     */
    default CompletableFuture<Integer> seriesInstances(
            String studyUid,
            String seriesUid,
            java.nio.file.Path folder,
            java.util.function.LongPredicate inMemory,
            InstanceSink each) {
        return CompletableFuture.failedFuture(
                new UnsupportedOperationException("this DICOMweb client cannot stream a whole series"));
    }

    /** Takes one instance of a series as it arrives. */
    @FunctionalInterface
    interface InstanceSink {
        void accept(ArrivedInstance instance) throws java.io.IOException;
    }

    /**
     * WADO-RS {@code GET …/instances/{instance}/rendered}, or {@code …/frames/{frame}/rendered} when {@code frame}
     * (1-based) is not null: the image for the screen, in the rendering's media type, window and viewport.
     */
    CompletableFuture<RenderedImage> rendered(
            String studyUid, String seriesUid, String instanceUid, Integer frame, Rendering rendering);

    /**
     * WADO-RS {@code GET /studies/{study}[/series/{series}[/instances/{instance}]]/thumbnail} (a null UID stops the
     * path there), sized to the rendering's viewport when it has one. A server without the thumbnail resource
     * (Orthanc's plugin answers 404) is asked for {@code …/rendered} instead: the same image, rendered whole.
     */
    CompletableFuture<RenderedImage> thumbnail(
            String studyUid, String seriesUid, String instanceUid, Rendering rendering);

    /**
     * STOW-RS {@code POST /studies}: {@code files} (DICOM Part 10) streamed one after another as
     * {@code multipart/related; type="application/dicom"}, never all in memory. Completes with what the server
     * stored and refused; an error status without a STOW reply fails the future.
     *
     * @param progress told how many bytes are sent, or null
     */
    CompletableFuture<StowResult> store(List<java.nio.file.Path> files, StowProgress progress);
}

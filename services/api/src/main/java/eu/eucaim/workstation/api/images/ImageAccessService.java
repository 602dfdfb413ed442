package eu.eucaim.workstation.api.images;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The node's access models seen from the app: what the signed-in user may do with a study's images, and the
 * retrieval logs of the datasets they represent. Futures complete off the UI thread, exceptionally with a
 * {@code ServiceException} saying what the node answered.
 */
public interface ImageAccessService {
    /** What the user may do with the study's images, and its dataset (null while unpublished). */
    CompletableFuture<ImageAccess> study(String studyUid);

    /** The datasets whose retrieval log the user may read, with totals (empty for a researcher). */
    CompletableFuture<List<LoggedDataset>> loggedDatasets();

    /**
     * One page of a dataset's retrieval log, newest first.
     *
     * @param user a user name or account (any case), or blank for everyone
     * @param from the first day included, or null
     * @param to   the last day included, or null
     */
    CompletableFuture<RetrievalPage> retrievals(
            String datasetId, String user, LocalDate from, LocalDate to, int page, int size);

    /** The whole filtered log as CSV into {@code target}, written whole or not at all. */
    CompletableFuture<Path> exportRetrievals(String datasetId, String user, LocalDate from, LocalDate to, Path target);
}

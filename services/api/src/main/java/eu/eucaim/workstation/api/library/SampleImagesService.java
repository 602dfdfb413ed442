package eu.eucaim.workstation.api.library;

import eu.eucaim.workstation.api.catalogue.SampleImages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A node's sample images of its datasets, kept in the offline library on this computer: a dataset whose files are
 * all there opens again without the network.
 */
public interface SampleImagesService {
    /** What the node offers for the dataset now (see {@link SampleImages#preparing()}). */
    CompletableFuture<SampleImages> listing(String datasetId);

    /**
     * Makes the dataset's samples complete in the offline library and completes with their files in listing order.
     * {@code progress} is told how far it is (on a background thread); cancelling the future stops the transfers
     * and keeps the files already complete.
     */
    CompletableFuture<List<Path>> download(String datasetId, Consumer<DownloadProgress> progress);

    /**
     * The file the dataset's samples open on (the first series' finding, else its middle image) once they are in the
     * library; empty before. Reads the library only, on the caller's thread.
     */
    Optional<Path> keyFile(String datasetId);
}

package eu.eucaim.workstation.client.connection;

import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.api.error.NotOfferedException;
import eu.eucaim.workstation.api.images.ImageAccess;
import eu.eucaim.workstation.api.images.ImageAccessService;
import eu.eucaim.workstation.api.images.LoggedDataset;
import eu.eucaim.workstation.api.images.RetrievalPage;
import eu.eucaim.workstation.api.library.DownloadProgress;
import eu.eucaim.workstation.api.library.SampleImagesService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The services only this project's nodes have, for a backend without them. A listing the app shows as "none"
 * answers empty (a dataset without sample images shows no button); anything else fails with a
 * {@link NotOfferedException}, one sentence the tab shows as it is.
 */
final class NotOffered {
    private final String backend;

    NotOffered(String backend) {
        this.backend = backend;
    }

    private <T> CompletableFuture<T> fail(String what) {
        return CompletableFuture.failedFuture(new NotOfferedException(backend, what));
    }

    SampleImagesService samples() {
        return new SampleImagesService() {
            @Override
            public CompletableFuture<SampleImages> listing(String datasetId) {
                return CompletableFuture.completedFuture(new SampleImages(datasetId, false, List.of()));
            }

            @Override
            public CompletableFuture<List<Path>> download(String datasetId, Consumer<DownloadProgress> progress) {
                return fail("Sample images");
            }

            @Override
            public Optional<Path> keyFile(String datasetId) {
                return Optional.empty();
            }
        };
    }

    ImageAccessService imageAccess() {
        return new ImageAccessService() {
            @Override
            public CompletableFuture<ImageAccess> study(String studyUid) {
                return fail("Access rules of a node's own images");
            }

            @Override
            public CompletableFuture<List<LoggedDataset>> loggedDatasets() {
                return fail("Retrieval logs of a node's images");
            }

            @Override
            public CompletableFuture<RetrievalPage> retrievals(
                    String datasetId, String user, LocalDate from, LocalDate to, int page, int size) {
                return fail("Retrieval logs of a node's images");
            }

            @Override
            public CompletableFuture<Path> exportRetrievals(
                    String datasetId, String user, LocalDate from, LocalDate to, Path target) {
                return fail("Retrieval logs of a node's images");
            }
        };
    }
}

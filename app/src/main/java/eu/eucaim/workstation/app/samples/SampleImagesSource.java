package eu.eucaim.workstation.app.samples;

import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.api.library.DownloadProgress;
import eu.eucaim.workstation.client.samples.SampleImagesClient;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Where a dataset's sample images come from: the current node, through the offline library. */
public interface SampleImagesSource {
    /** What the node offers for the dataset now. */
    CompletableFuture<SampleImages> listing(String datasetId);

    /** Makes the samples complete in the library; cancelling the future stops the transfers. */
    CompletableFuture<List<Path>> download(String datasetId, Consumer<DownloadProgress> progress);

    /** One node's client as a source. */
    static SampleImagesSource of(SampleImagesClient client) {
        return new SampleImagesSource() {
            @Override
            public CompletableFuture<SampleImages> listing(String datasetId) {
                return client.listing(datasetId);
            }

            @Override
            public CompletableFuture<List<Path>> download(String datasetId, Consumer<DownloadProgress> progress) {
                return client.download(datasetId, progress);
            }
        };
    }
}

package eu.eucaim.workstation.client.samples;

import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleFile;
import eu.eucaim.workstation.api.library.DownloadProgress;
import eu.eucaim.workstation.client.HttpTransport;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The file transfers of one sample download: at most {@link SampleImagesClient#PARALLEL} at a time. */
final class Transfers {
    private final HttpTransport http;
    private final String datasetId;
    private final List<SampleFile> files;
    private final List<Path> paths;
    private final Deque<Integer> queue;
    private final Consumer<DownloadProgress> progress;
    private final CompletableFuture<List<Path>> result;
    private final List<CompletableFuture<Path>> running = new ArrayList<>();
    private final AtomicLong bytesDone = new AtomicLong();
    private final long bytesTotal;
    private int filesDone;

    Transfers(
            HttpTransport http,
            SampleImages listing,
            List<Path> paths,
            List<Integer> missing,
            Consumer<DownloadProgress> progress,
            CompletableFuture<List<Path>> result) {
        this.http = http;
        this.datasetId = listing.datasetId();
        this.files = listing.files();
        this.paths = paths;
        this.queue = new ArrayDeque<>(missing);
        this.progress = progress;
        this.result = result;
        this.bytesTotal = listing.totalBytes();
        long present = 0;
        for (int i = 0; i < files.size(); i++) {
            if (!missing.contains(i)) {
                present += files.get(i).size();
            }
        }
        this.bytesDone.set(present);
        this.filesDone = files.size() - missing.size();
        result.whenComplete((v, e) -> cancelRunning());
    }

    void start() {
        report();
        synchronized (this) {
            if (queue.isEmpty()) {
                result.complete(paths);
                return;
            }
            for (int i = 0; i < SampleImagesClient.PARALLEL; i++) {
                next();
            }
        }
    }

    /** Starts the next queued file; call holding the lock. */
    private void next() {
        Integer i = queue.poll();
        if (i == null || result.isDone()) {
            return;
        }
        SampleFile f = files.get(i);
        CompletableFuture<Path> call = http.download(
                http.url("api/catalogue/datasets")
                        .addPathSegment(datasetId)
                        .addPathSegment("samples")
                        .addPathSegment("files")
                        .addPathSegments(f.path())
                        .build(),
                paths.get(i),
                f.size(),
                f.sha256(),
                n -> {
                    bytesDone.addAndGet(n);
                    report();
                });
        running.add(call);
        call.whenComplete((p, e) -> finished(call, e));
    }

    private void finished(CompletableFuture<Path> call, Throwable failure) {
        boolean all;
        synchronized (this) {
            running.remove(call);
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            filesDone++;
            all = filesDone == files.size();
            if (!all) {
                next();
            }
        }
        report();
        if (all) {
            result.complete(paths); // after the last report: whoever waits on the result has seen "all done"
        }
    }

    private void cancelRunning() {
        List<CompletableFuture<Path>> calls;
        synchronized (this) {
            queue.clear();
            calls = List.copyOf(running);
        }
        calls.forEach(c -> c.cancel(true));
    }

    private void report() {
        int done;
        synchronized (this) {
            done = filesDone;
        }
        progress.accept(
                new DownloadProgress(false, Math.min(bytesDone.get(), bytesTotal), bytesTotal, done, files.size()));
    }
}

package eu.eucaim.workstation.client.samples;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleFile;
import eu.eucaim.workstation.api.error.MalformedResponseException;
import eu.eucaim.workstation.api.error.ServiceTimeoutException;
import eu.eucaim.workstation.api.library.DownloadProgress;
import eu.eucaim.workstation.api.library.SampleImagesService;
import eu.eucaim.workstation.api.platform.AtomicFile;
import eu.eucaim.workstation.api.platform.SafePaths;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.Expected;
import eu.eucaim.workstation.client.HttpTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A node's sample images of a dataset, and their copy in the offline library: {@code <library>/<dataset>/samples.json}
 * (the listing: the dataset's reference to its files) and the files themselves once each in the library's
 * content-addressed store ({@link ObjectStore}, {@code <library root>/objects/}), however many datasets or nodes list
 * the same bytes. A dataset whose listing and files are all in the library opens from there without any network call.
 */
public final class SampleImagesClient implements SampleImagesService {
    /** Files fetched at once: enough to fill a link, few enough to leave the node responsive. */
    static final int PARALLEL = 4;

    static final String LISTING = "samples.json";
    /** Where earlier versions kept a copy of every file per dataset; removed once the dataset is in the store. */
    static final String LEGACY_IMAGES = "images";
    /** How long the node may take to prepare samples, and how often to ask meanwhile. */
    static final Duration MAX_PREPARING = Duration.ofMinutes(5);

    static final Duration POLL = Duration.ofSeconds(1);

    private static final Expected<SampleImages> LISTING_REPLY = Expected.of(
            SampleImages.class,
            s -> s.datasetId() != null
                    && s.studies().stream()
                            .allMatch(st -> st.series().stream()
                                    .allMatch(se ->
                                            se.files().stream().allMatch(f -> f.path() != null && f.size() >= 0))));

    private final HttpTransport http;
    private final Path library;
    private final Path root;

    /**
     * @param library this node's folder in the offline library, e.g. {@code <data>/library/<node>}; the files go to
     *                the store beside it, {@code <data>/library/objects}
     */
    public SampleImagesClient(ClientConfig config, Path library) {
        this.http = new HttpTransport(config);
        this.library = Objects.requireNonNull(library, "library").toAbsolutePath();
        this.root = this.library.getParent();
    }

    @Override
    public CompletableFuture<SampleImages> listing(String datasetId) {
        Objects.requireNonNull(datasetId, "datasetId");
        return http.get(
                http.url("api/catalogue/datasets")
                        .addPathSegment(datasetId)
                        .addPathSegment("samples")
                        .build(),
                LISTING_REPLY);
    }

    /** Where the dataset's samples go in the library. */
    public Path folder(String datasetId) {
        return library.resolve(SafePaths.segment(datasetId));
    }

    /**
     * Makes the dataset's sample images complete in the library and completes with their paths in listing order
     * (an empty list when the dataset has none). Files already there with the listed size are kept (every file is
     * written atomically after its length and SHA-256 were checked, so a file at its final name is whole).
     * Cancelling the future stops the transfers; no partial file is left under a final name.
     * Fails with a {@link eu.eucaim.workstation.api.error.ServiceException} (network, HTTP status, a truncated or
     * corrupt body, an unsafe file name from the server) or an {@link UncheckedIOException} (library not writable).
     */
    @Override
    public CompletableFuture<List<Path>> download(String datasetId, Consumer<DownloadProgress> progress) {
        Path folder = folder(datasetId);
        Optional<SampleImages> saved = readSaved(folder.resolve(LISTING));
        if (saved.isPresent()) {
            try {
                List<Path> paths = paths(folder, saved.get());
                if (missing(saved.get(), paths).isEmpty()) {
                    long total = saved.get().totalBytes();
                    progress.accept(new DownloadProgress(false, total, total, paths.size(), paths.size()));
                    return CompletableFuture.completedFuture(paths);
                }
            } catch (IllegalArgumentException ignored) {
                // A listing we saved is always safe; a tampered one is simply fetched again.
            }
        }
        CompletableFuture<List<Path>> result = new CompletableFuture<>();
        readyListing(datasetId, progress, System.nanoTime() + MAX_PREPARING.toNanos(), result);
        return result;
    }

    /** Asks for the listing until the node has the samples ready, then starts the transfers. */
    private void readyListing(
            String datasetId,
            Consumer<DownloadProgress> progress,
            long deadline,
            CompletableFuture<List<Path>> result) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<SampleImages> listing = listing(datasetId);
        result.whenComplete((v, e) -> listing.cancel(true));
        listing.whenComplete((s, e) -> {
            if (e != null) {
                result.completeExceptionally(e);
                return;
            }
            if (s.preparing()) {
                progress.accept(DownloadProgress.PREPARING);
                if (System.nanoTime() > deadline) {
                    result.completeExceptionally(
                            new ServiceTimeoutException(http.config().serviceName(), MAX_PREPARING, null));
                } else {
                    CompletableFuture.delayedExecutor(POLL.toMillis(), TimeUnit.MILLISECONDS)
                            .execute(() -> readyListing(datasetId, progress, deadline, result));
                }
                return;
            }
            Path folder = folder(datasetId);
            try {
                List<Path> paths = paths(folder, s);
                AtomicFile.write(folder.resolve(LISTING), out -> Json.mapper().writeValue(out, s));
                new Transfers(http, s, paths, missing(s, paths), progress, result).start();
                result.thenRun(() -> removeLegacyCopies(folder));
            } catch (IllegalArgumentException unsafe) {
                result.completeExceptionally(new MalformedResponseException(
                        http.config().serviceName(),
                        "sample listing of '" + datasetId + "': " + unsafe.getMessage(),
                        unsafe));
            } catch (IOException io) {
                result.completeExceptionally(
                        new UncheckedIOException("Cannot write " + folder + ": " + io.getMessage(), io));
            }
        });
    }

    /**
     * Local paths for every listed file, in order: its place in the store, by content hash. Throws when the server
     * named a file unsafely or gave no proper hash.
     */
    private List<Path> paths(Path folder, SampleImages s) {
        s.files().forEach(f -> SafePaths.resolve(folder, f.path())); // a listing with unsafe names is refused whole
        return s.files().stream().map(f -> ObjectStore.path(root, f.sha256())).toList();
    }

    /** The file the samples open on, once they are all in the library. */
    @Override
    public Optional<Path> keyFile(String datasetId) {
        return readSaved(folder(datasetId).resolve(LISTING))
                .flatMap(s -> s.studies().stream()
                        .flatMap(st -> st.series().stream())
                        .filter(se -> !se.files().isEmpty())
                        .findFirst())
                .map(se -> ObjectStore.path(root, se.keyFile().sha256()))
                .filter(Files::isRegularFile);
    }

    /** Copies an earlier version kept per dataset: the store holds them now. */
    private static void removeLegacyCopies(Path folder) {
        Path legacy = folder.resolve(LEGACY_IMAGES);
        if (!Files.isDirectory(legacy)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(legacy)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Only space is lost; the next download tries again.
        }
    }

    /** Indexes of files not yet in the library with their listed size (each stored file once, however often listed). */
    private static List<Integer> missing(SampleImages s, List<Path> paths) {
        List<SampleFile> files = s.files();
        List<Integer> out = new ArrayList<>();
        java.util.Set<Path> queued = new java.util.HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            Path p = paths.get(i);
            if (!queued.add(p)) {
                continue;
            }
            try {
                if (!Files.isRegularFile(p) || Files.size(p) != files.get(i).size()) {
                    out.add(i);
                }
            } catch (IOException e) {
                out.add(i);
            }
        }
        return out;
    }

    private static Optional<SampleImages> readSaved(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(file.toFile(), SampleImages.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

package eu.eucaim.workstation.client.samples;

import eu.eucaim.workstation.api.Json;
import eu.eucaim.workstation.api.catalogue.SampleImages;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleFile;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleSeries;
import eu.eucaim.workstation.api.catalogue.SampleImages.SampleStudy;
import eu.eucaim.workstation.api.library.LibrarySeries;
import eu.eucaim.workstation.api.library.OfflineLibrary;
import eu.eucaim.workstation.common.NamedThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * The offline library as it is on disk: every dataset's listing ({@code <root>/<node>/<dataset>/samples.json}) whose
 * files are all in the store. Reads on a thread of its own; needs no network, so it answers after a restart offline.
 */
public final class OfflineLibraryIndex implements OfflineLibrary {
    /**
     * The folder of the viewed remote images ({@code client.library.LocalImageLibrary}), which lists itself: not a
     * node's. A node's folder is never so named ("embedded-node" or "host_port").
     */
    public static final String VIEWED_FOLDER = "viewed";

    private final Path root;
    private final Executor io;

    public OfflineLibraryIndex(Path root) {
        this(root, command -> NamedThreads.start("eucaim-library-index", command));
    }

    OfflineLibraryIndex(Path root, Executor io) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath();
        this.io = io;
    }

    @Override
    public CompletableFuture<List<LibrarySeries>> contents() {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return read();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the offline library " + root, e);
                    }
                },
                io);
    }

    /** Every complete series, by source, dataset, then listing order. */
    List<LibrarySeries> read() throws IOException {
        List<LibrarySeries> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        for (Path node : sorted(root)) {
            String name = node.getFileName().toString();
            if (name.equals(ObjectStore.FOLDER) || name.equals(VIEWED_FOLDER) || !Files.isDirectory(node)) {
                continue;
            }
            for (Path dataset : sorted(node)) {
                Path listing = dataset.resolve(SampleImagesClient.LISTING);
                if (Files.isRegularFile(listing)) {
                    add(out, node.getFileName().toString(), listing);
                }
            }
        }
        return out;
    }

    private void add(List<LibrarySeries> out, String source, Path listing) throws IOException {
        SampleImages s;
        try {
            s = Json.mapper().readValue(listing.toFile(), SampleImages.class);
        } catch (IOException unreadable) {
            return; // a listing being rewritten or damaged: the dataset shows again once downloaded
        }
        java.time.Instant saved = Files.getLastModifiedTime(listing).toInstant();
        for (SampleStudy st : s.studies()) {
            for (SampleSeries se : st.series()) {
                List<Path> files = new ArrayList<>();
                long bytes = 0;
                try {
                    for (SampleFile f : se.files()) {
                        Path p = ObjectStore.path(root, f.sha256());
                        if (!Files.isRegularFile(p) || Files.size(p) != f.size()) {
                            files = null;
                            break;
                        }
                        files.add(p);
                        bytes += f.size();
                    }
                } catch (IllegalArgumentException notAHash) {
                    files = null;
                }
                if (files == null || files.isEmpty()) {
                    continue; // not (all) in the library
                }
                out.add(new LibrarySeries(
                        source,
                        s.datasetId(),
                        orEmpty(st.patientName()),
                        orEmpty(st.patientId()),
                        st.studyInstanceUid(),
                        orEmpty(st.description()),
                        orEmpty(st.studyDate()),
                        se.seriesInstanceUid(),
                        orEmpty(se.modality()),
                        orEmpty(se.description()),
                        files,
                        bytes,
                        saved,
                        ObjectStore.path(root, se.keyFile().sha256()),
                        orEmpty(se.keyNote())));
            }
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }
}

package eu.eucaim.workstation.api.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The offline library that remote images are written through to: every instance the viewer fetches from a DICOMweb
 * source is kept here with where it came from, so the study opens again with no network, and a study already
 * complete is not fetched again. Studies not pinned ("Keep offline") go, least recently used first, when the library
 * grows past its size limit. It also lists the Catalogue's sample images, so the Viewer shows one library
 * ({@link #listing()}, {@link #contents()}).
 *
 * <p>The synchronous methods read or write the disk on the caller's thread: call them from a background thread (the
 * one that fetched the instance), never the UI thread. The futures complete on a thread of the library's own. They
 * fail with a {@link LibraryException} (its message is for the user) or an {@link IllegalArgumentException} for a bad
 * argument.
 */
public interface ImageLibrary extends OfflineLibrary, AutoCloseable {
    /** The size limit when none is configured: 10 GB. */
    long DEFAULT_LIMIT_BYTES = 10_000_000_000L;

    /**
     * Keeps a copy of {@code instanceFile} (a whole DICOM Part 10 file, left as it is) for {@code origin}, then evicts
     * least recently used studies if the library is over its limit. The copy is complete on disk and indexed when this
     * returns, and never listed before; an instance already in the library is kept as it is. Returns the library's
     * copy.
     *
     * @throws RejectedInstanceException when the file is not DICOM or is another instance than {@code origin} names
     * @throws LibraryException          when the library cannot write (disk full, closed)
     */
    Path store(InstanceOrigin origin, Path instanceFile);

    /**
     * As {@link #store}, but takes {@code fetchedFile} (a temporary file the caller no longer needs): it is moved into
     * the library rather than copied when both are on one disk, and is gone when this returns, kept or not.
     */
    default Path storeTaking(InstanceOrigin origin, Path fetchedFile) {
        try {
            return store(origin, fetchedFile);
        } finally {
            try {
                Files.deleteIfExists(fetchedFile);
            } catch (IOException e) {
                // a temporary file: its folder is cleaned later
            }
        }
    }

    /**
     * As {@link #storeTaking} for a batch (the instances of a series reply that have arrived): each file is taken,
     * checked and kept or refused on its own, and those kept are indexed together, so the batch costs one commit
     * rather than one per instance. The same guarantees as {@link #store}: nothing is listed before its file is whole
     * in place, and after a crash in the middle of a batch the library opens consistent, with none of that batch's
     * instances listed. Every file is gone when this returns, kept or not.
     *
     * @return an outcome per instance, in the order given: the library's copy, or why that one alone was refused
     * @throws LibraryException when the library cannot write at all (disk full, closed): then none of the batch is kept
     */
    default List<StoreOutcome> storeAllTaking(List<FetchedInstance> batch) {
        List<StoreOutcome> out = new ArrayList<>(batch.size());
        try {
            for (FetchedInstance f : batch) {
                try {
                    out.add(StoreOutcome.kept(f.origin(), storeTaking(f.origin(), f.file())));
                } catch (RejectedInstanceException | IllegalArgumentException refused) {
                    out.add(StoreOutcome.refused(f.origin(), refused));
                }
            }
            return out;
        } finally {
            for (FetchedInstance f : batch) {
                try {
                    Files.deleteIfExists(f.file());
                } catch (IOException e) {
                    // a temporary file: its folder is cleaned later
                }
            }
        }
    }

    /** The library's complete copy of the instance, if it has one; counts as a use of its study (LRU). */
    Optional<Path> find(String sopInstanceUid);

    /**
     * Every instance of the series the library has whole, by SOP Instance UID, in one look-up (an open series asks
     * once rather than once per image); counts as a use of its study (LRU).
     */
    Map<String, Path> seriesFiles(String seriesUid);

    /**
     * Tells the library how many instances the series has at its source (from its metadata), so it knows when the
     * series is complete. May come before or after the instances.
     */
    void expectSeries(String studyUid, String seriesUid, int instances);

    /** Tells the library how many series the study has at its source, so it knows when the study is complete. */
    void expectStudy(String studyUid, int series);

    /** Whether every instance the series has at its source ({@link #expectSeries}) is here. */
    boolean seriesComplete(String seriesUid);

    /**
     * Whether the study is complete: its series count is known ({@link #expectStudy}) and that many series are
     * complete. A complete study need not be fetched again.
     */
    boolean studyComplete(String studyUid);

    /** Everything in the library by patient, study and series, with the sample images; no network. */
    CompletableFuture<LibraryListing> listing();

    /**
     * "Keep offline": a pinned study is never evicted. May come before its first instance (it stays pinned while it
     * streams in). Survives restarts.
     */
    CompletableFuture<Void> pin(String studyUid, boolean keepOffline);

    /**
     * Removes a viewed study's instances and what the library knew of it (its pin, its series counts). Completes with
     * false when the library had nothing of it. Sample images are not removed here.
     */
    CompletableFuture<Boolean> delete(String studyUid);

    /** What the viewed remote images take on disk now (sample images not counted). */
    long totalBytes();

    long limitBytes();

    /** Changes the size limit (from Settings) and evicts at once if the library is over it. */
    void limitBytes(long bytes);

    /** Closes the index; the library's folder may be opened again by another process afterwards. */
    @Override
    void close();
}

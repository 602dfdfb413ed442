package eu.eucaim.workstation.viewer;

import eu.eucaim.workstation.dicom.study.DicomScanner;
import eu.eucaim.workstation.dicom.study.ScanResult;
import eu.eucaim.workstation.dicom.study.StudyMerge;
import eu.eucaim.workstation.viewer.engine.ProgressiveScan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Opens paths: scans their headers on {@code io} and hands each tree to the {@link Listener} on {@code ui}.
 * Folders and lists of plain files are scanned progressively (a first chunk, then growing ones, each reported);
 * zip archives and DICOMDIRs in one go. {@link #cancel} makes scans still running stop and report nothing more.
 */
final class StudyOpener {
    /** Where the trees go, on the UI thread. */
    interface Listener {
        /**
         * What {@code open} (one call of {@link #open}) found so far, or all of it when {@code complete}. Returns a
         * future that completes once the first image this report put on screen is there (at once when it showed
         * nothing new): a folder scan waits for it before reading on.
         */
        CompletableFuture<Void> found(Object open, ScanResult soFar, boolean complete);

        /** A status line: what is being read, or why it could not be opened. */
        void status(String text);
    }

    private final Executor io;
    private final Executor ui;
    private final Listener listener;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** Bumped by {@link #cancel}: scans of an older epoch stop. */
    private long epoch;

    StudyOpener(Executor io, Executor ui, Listener listener) {
        this.io = io;
        this.ui = ui;
        this.listener = listener;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Stops every scan still running (closing all studies). */
    void cancel() {
        epoch++;
    }

    /** Scans {@code paths} (files, folders, zip archives, DICOMDIRs); completes on the UI thread when done. */
    CompletableFuture<Void> open(List<Path> paths) {
        busy.set(true);
        listener.status("Reading " + describe(paths) + "…");
        long mine = epoch;
        CompletableFuture<Void> scanned = ProgressiveScan.applies(paths)
                ? CompletableFuture.runAsync(() -> scanProgressively(paths, mine), io)
                : CompletableFuture.supplyAsync(() -> scan(paths), io)
                        .thenAcceptAsync(
                                results -> {
                                    if (epoch == mine) {
                                        listener.found(new Object(), StudyMerge.merge(results), true);
                                    }
                                },
                                ui);
        CompletableFuture<Void> done = new CompletableFuture<>();
        scanned.whenCompleteAsync(
                (v, failure) -> {
                    busy.set(false);
                    if (failure != null) {
                        listener.status("Could not open " + describe(paths) + ": " + Failures.message(failure));
                    }
                    done.complete(null);
                },
                ui);
        return done;
    }

    /**
     * Folders and lists of files: each report goes to the listener as it comes; the scan reads on past its first
     * report only once the first image it showed is on screen (or after {@link ViewerViewModel#FIRST_IMAGE_HOLD}).
     */
    private void scanProgressively(List<Path> paths, long mine) {
        Object open = new Object();
        CompletableFuture<Void> firstImage = new CompletableFuture<>();
        boolean[] held = {false}; // the listener runs on the scanning thread, one report after another
        try {
            new ProgressiveScan()
                    .scan(
                            paths,
                            (soFar, complete) -> {
                                ui.execute(() -> report(open, soFar, complete, mine, paths)
                                        .whenComplete((v, e) -> firstImage.complete(null)));
                                if (!complete && !held[0]) {
                                    held[0] = true;
                                    awaitFirstImage(firstImage);
                                }
                            },
                            () -> epoch != mine);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CompletableFuture<Void> report(
            Object open, ScanResult soFar, boolean complete, long mine, List<Path> paths) {
        if (epoch != mine) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> shown = listener.found(open, soFar, complete);
        if (!complete) {
            listener.status("Reading " + describe(paths) + "… " + soFar.filesSeen() + " files, "
                    + SeriesList.frames(soFar) + " images so far");
        }
        return shown;
    }

    /**
     * On a small machine the rest of the folder's headers would otherwise take the cores from the one decode and
     * render the user is waiting for.
     */
    private static void awaitFirstImage(CompletableFuture<Void> firstImage) {
        try {
            firstImage.get(ViewerViewModel.FIRST_IMAGE_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // shown late or not at all: read on regardless
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<ScanResult> scan(List<Path> paths) {
        List<ScanResult> out = new ArrayList<>();
        DicomScanner scanner = new DicomScanner();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UncheckedIOException(new IOException(p + " does not exist"));
            }
            try {
                out.add(scanner.scan(p));
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException(p + ": " + e.getMessage(), e));
            }
        }
        return out;
    }

    private static String describe(List<Path> paths) {
        return paths.size() == 1 ? paths.get(0).toString() : paths.size() + " items";
    }
}

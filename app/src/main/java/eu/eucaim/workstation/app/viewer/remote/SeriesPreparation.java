package eu.eucaim.workstation.app.viewer.remote;

import eu.eucaim.workstation.api.dicomweb.DicomAttributes;
import eu.eucaim.workstation.api.dicomweb.ImageSource;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The series selected in the Remote panel's list, its metadata asked for as soon as it is selected: the open that
 * follows (the second click of a double-click, or Enter) takes that answer rather than asking the server then. One
 * series at a time: selecting another drops the last (its request is cancelled if still under way). An answer older
 * than {@link #FRESH_FOR_NANOS} is not used (instances may have been stored since), nor one that failed: the open
 * asks again.
 */
final class SeriesPreparation {
    static final long FRESH_FOR_NANOS = TimeUnit.SECONDS.toNanos(30);

    private record Prepared(
            ImageSource source, String seriesUid, CompletableFuture<List<DicomAttributes>> metadata, long askedAt) {}

    private final LongSupplier nanoTime;
    private Prepared last;

    SeriesPreparation() {
        this(System::nanoTime);
    }

    SeriesPreparation(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The metadata of {@code series} from {@code source}: the one being prepared when fresh, else asked now. */
    synchronized CompletableFuture<List<DicomAttributes>> prepare(
            ImageSource source, RemoteSeries series, Supplier<CompletableFuture<List<DicomAttributes>>> ask) {
        Objects.requireNonNull(series, "series");
        Prepared p = last;
        if (usable(p, source, series)) {
            return p.metadata();
        }
        forget();
        last = new Prepared(source, series.seriesUid(), ask.get(), nanoTime.getAsLong());
        return last.metadata();
    }

    /**
     * For an open of {@code series}: the prepared answer when it is this series' and fresh (a failure then asks
     * again), else a new request. What was prepared is used once: the next open asks the server again.
     */
    synchronized CompletableFuture<List<DicomAttributes>> take(
            ImageSource source, RemoteSeries series, Supplier<CompletableFuture<List<DicomAttributes>>> ask) {
        Prepared p = last;
        last = null;
        if (!usable(p, source, series)) {
            if (p != null) {
                p.metadata().cancel(true);
            }
            return ask.get();
        }
        return p.metadata().exceptionallyCompose(failure -> ask.get());
    }

    /** Nothing prepared any more (another study chosen, or the user signed out); a request under way is cancelled. */
    synchronized void forget() {
        if (last != null) {
            last.metadata().cancel(true);
            last = null;
        }
    }

    private boolean usable(Prepared p, ImageSource source, RemoteSeries series) {
        return p != null
                && p.source().equals(source)
                && p.seriesUid().equals(series.seriesUid())
                && !p.metadata().isCompletedExceptionally()
                && nanoTime.getAsLong() - p.askedAt() < FRESH_FOR_NANOS;
    }
}

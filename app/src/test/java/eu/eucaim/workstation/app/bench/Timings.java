package eu.eucaim.workstation.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Medians and durations as the viewer benchmarks print them. */
final class Timings {
    private Timings() {}

    /** The nearest-rank median (of an even count, the lower middle value), as {@code BenchmarkReport.percentile}. */
    static <T extends Comparable<? super T>> T median(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(sorted.size() / 2.0);
        return sorted.get(Math.max(0, rank - 1));
    }

    static String ms(long nanos) {
        return nanos >= 1_000_000_000L
                ? String.format(Locale.ROOT, "%.2f s", nanos / 1e9)
                : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    static String list(List<Long> values) {
        return String.join(", ", values.stream().map(Timings::ms).toList());
    }
}

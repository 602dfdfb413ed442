package eu.eucaim.workstation.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats {@link CatalogueSearchBenchmark}'s results as a Markdown section and puts it into docs/benchmarks.md. */
final class BenchmarkReport {
    static final String HEADING = "## Catalogue search, 10,000 datasets";
    static final String COMMAND = "mvn -q -B -Pbenchmarks -pl app -am verify -DskipTests";

    private BenchmarkReport() {}

    static String section(CatalogueSearchBenchmark.Samples samples, Duration startup, int measured, int warmup) {
        StringBuilder md = new StringBuilder();
        md.append(HEADING).append("\n\n");
        md.append("Measured ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
                .append(" with `")
                .append(COMMAND)
                .append("` (")
                .append(CatalogueSearchBenchmark.class.getName())
                .append(").\n\n");
        md.append("- Machine: ").append(Machine.describe()).append('\n');
        md.append("- Node: ")
                .append(String.format(Locale.ROOT, "%,d", CatalogueSearchBenchmark.DATASETS))
                .append(" demo datasets, H2 in a temporary folder, on 127.0.0.1; started (demo data generated) in ")
                .append(String.format(Locale.ROOT, "%.1f s", startup.toMillis() / 1000.0))
                .append(".\n");
        md.append("- Client: `HttpCatalogueClient` and `NodeInfoClient` (same OkHttp transport), one call at a time. ")
                .append(warmup)
                .append(" warm-up iterations, then ")
                .append(measured)
                .append(
                        " measured iterations; each times one search (the kinds in turn, values drawn with a fixed seed)")
                .append(" and one `GET /api/health`, alternating which goes first. A search returns one page plus the")
                .append(" counts of all six facets.\n\n");
        md.append("| request | n | median | p90 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, List<Long>> e : samples.byLabel().entrySet()) {
            List<Long> sorted = new ArrayList<>(e.getValue());
            sorted.sort(null);
            md.append("| ")
                    .append(e.getKey())
                    .append(" | ")
                    .append(sorted.size())
                    .append(" | ")
                    .append(ms(percentile(sorted, 50)))
                    .append(" | ")
                    .append(ms(percentile(sorted, 90)))
                    .append(" | ")
                    .append(ms(percentile(sorted, 99)))
                    .append(" | ")
                    .append(ms(sorted.get(sorted.size() - 1)))
                    .append(" |\n");
        }
        long search = Timings.median(samples.byLabel().get(CatalogueSearchBenchmark.Samples.ALL_SEARCHES));
        long health = Timings.median(samples.byLabel().get(CatalogueSearchBenchmark.Samples.HEALTH));
        md.append('\n')
                .append(String.format(
                        Locale.ROOT,
                        "At the median a search takes %.1f× the health round trip (%s vs %s): the difference, %s, is the cost"
                                + " of searching and counting facets over %,d datasets and of moving and parsing the page.\n",
                        (double) search / health,
                        ms(search),
                        ms(health),
                        ms(search - health),
                        CatalogueSearchBenchmark.DATASETS));
        md.append(
                        "\nThe load average says how busy the (possibly shared) machine was: on a busy one absolute times are")
                .append(
                        " pessimistic and noisy, and the ratio to the health round trip of the same run is the steadier")
                .append(" figure.\n");
        return md.toString();
    }

    /** Replaces this benchmark's section in {@code file} (or appends it), leaving other sections alone. */
    static void writeSection(Path file, String section) throws IOException {
        writeSection(file, HEADING, section);
    }

    /** Replaces the section under {@code heading} in {@code file} (or appends it), leaving other sections alone. */
    static void writeSection(Path file, String heading, String section) throws IOException {
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
        int start = existing.indexOf(heading);
        String updated;
        if (start < 0) {
            updated = existing + (existing.endsWith("\n\n") ? "" : existing.endsWith("\n") ? "\n" : "\n\n") + section;
        } else {
            int next = existing.indexOf("\n## ", start + heading.length());
            updated = existing.substring(0, start) + section + (next < 0 ? "" : "\n" + existing.substring(next + 1));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, updated);
    }

    /** Nearest-rank percentile of a sorted list. */
    static long percentile(List<Long> sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
}

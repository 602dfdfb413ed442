package eu.eucaim.workstation.app.bench;

import eu.eucaim.workstation.app.startup.StartupClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts the real desktop app ({@code bin/eucaim} under {@code xvfb-run}) again and again and reports, per kind of
 * start, the median time from the process start to each {@link StartupClock.Milestone} (the app writes them to
 * {@value StartupClock#REPORT} and quits once all are in, {@value StartupClock#EXIT}):
 *
 * <ul>
 *   <li>first start after a build: empty data folder, and no class archive yet (bin/eucaim makes it at exit);
 *   <li>first start: empty data folder, class archive made;
 *   <li>warm start: the data folder of a completed first start.
 * </ul>
 *
 * <p>Arguments: the report file; the number of runs per kind (default 5); then any number of {@code --peer DIR}, other
 * checkouts (built, with the same start-up clock) measured in the same run, interleaved, for a before/after.
 */
public final class StartupBenchmark {
    static final String HEADING = "## Start-up: window and first data";
    private static final long RUN_TIMEOUT_SECONDS = 180;

    enum Kind {
        AFTER_BUILD("first start after a build (no class archive yet)"),
        FIRST("first start (empty data folder)"),
        WARM("warm start");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record Run(Map<StartupClock.Milestone, Long> millis) {}

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<String, Path> roots = new LinkedHashMap<>();
        Path here = Path.of("").toAbsolutePath();
        roots.put("this tree", Files.exists(here.resolve("bin/eucaim")) ? here : here.getParent()); // or from app/
        for (int i = 2; i + 1 < args.length; i += 2) {
            if (args[i].equals("--peer")) {
                roots.put(
                        "peer " + Path.of(args[i + 1]).getFileName(),
                        Path.of(args[i + 1]).toAbsolutePath());
            }
        }
        String startedAt = Instant.now().toString();
        String machine = Machine.describe();
        Map<String, Map<Kind, List<Run>>> results = new LinkedHashMap<>();
        roots.keySet().forEach(name -> results.put(name, new EnumMap<>(Kind.class)));
        Path work = Files.createTempDirectory("eucaim-bench-startup-");
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, Path> root : roots.entrySet()) {
                Map<Kind, List<Run>> mine = results.get(root.getKey());
                Path archive = root.getValue().resolve("app/target/eucaim-desktop.jsa");
                Files.deleteIfExists(archive);
                Path home = Files.createTempDirectory(work, "home-");
                mine.computeIfAbsent(Kind.AFTER_BUILD, k -> new ArrayList<>()).add(start(root.getValue(), home));
                Path fresh = Files.createTempDirectory(work, "home-");
                mine.computeIfAbsent(Kind.FIRST, k -> new ArrayList<>()).add(start(root.getValue(), fresh));
                mine.computeIfAbsent(Kind.WARM, k -> new ArrayList<>()).add(start(root.getValue(), fresh));
                System.out.println("round " + (i + 1) + "/" + runs + " of " + root.getKey() + " done");
            }
        }
        String section = section(results, runs, startedAt, machine);
        System.out.print(section);
        BenchmarkReport.writeSection(report, HEADING, section);
        deleteTree(work);
    }

    /** One start of the app in {@code root} with {@code home} as its EUCAIM_HOME, until every milestone is in. */
    static Run start(Path root, Path home) throws IOException, InterruptedException {
        Path milestones = home.resolve("startup.txt");
        ProcessBuilder pb = new ProcessBuilder(
                        "xvfb-run",
                        "-a",
                        "-s",
                        "-screen 0 1280x800x24",
                        root.resolve("bin/eucaim").toString())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("app.out").toFile());
        pb.environment().put("EUCAIM_HOME", home.toString());
        pb.environment()
                .put(
                        "EUCAIM_JAVA_OPTS",
                        "-D" + StartupClock.REPORT + "=" + milestones + " -D" + StartupClock.EXIT + "=true");
        Process p = pb.start();
        if (!p.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IllegalStateException("The app in " + root + " did not reach every milestone in "
                    + RUN_TIMEOUT_SECONDS + " s; see " + home.resolve("app.out"));
        }
        Map<StartupClock.Milestone, Long> millis = new EnumMap<>(StartupClock.Milestone.class);
        for (String line : Files.readAllLines(milestones, StandardCharsets.UTF_8)) {
            String[] parts = line.trim().split(" ");
            millis.put(
                    StartupClock.Milestone.valueOf(
                            parts[0].toUpperCase(Locale.ROOT).replace('-', '_')),
                    Long.parseLong(parts[1]));
        }
        if (millis.size() != StartupClock.Milestone.values().length) {
            throw new IllegalStateException(
                    "The app in " + root + " exited with only " + millis.keySet() + "; see " + home.resolve("app.out"));
        }
        return new Run(millis);
    }

    static String section(Map<String, Map<Kind, List<Run>>> results, int runs, String startedAt, String machine) {
        StringBuilder md = new StringBuilder(HEADING).append("\n\n");
        md.append("- Command: `")
                .append(BenchmarkReport.COMMAND)
                .append("` (profile `benchmarks`, `")
                .append(StartupBenchmark.class.getSimpleName())
                .append("`), started ")
                .append(startedAt)
                .append('\n');
        md.append("- Machine: ").append(machine).append('\n');
        md.append("- ")
                .append(runs)
                .append(" runs of each kind, interleaved; milliseconds from the process start (`bin/eucaim`) to the"
                        + " milestone, median (min–max)\n\n");
        md.append("| app | start | window | Dashboard data | Catalogue data | rest of the demo ready |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: |\n");
        results.forEach((name, kinds) -> kinds.forEach((kind, list) -> {
            md.append("| ").append(name).append(" | ").append(kind.label);
            for (StartupClock.Milestone m : StartupClock.Milestone.values()) {
                List<Long> values =
                        list.stream().map(r -> r.millis().get(m)).sorted().toList();
                md.append(" | ")
                        .append(Timings.median(values))
                        .append(" (")
                        .append(values.get(0))
                        .append("–")
                        .append(values.get(values.size() - 1))
                        .append(')');
            }
            md.append(" |\n");
        }));
        return md.toString();
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

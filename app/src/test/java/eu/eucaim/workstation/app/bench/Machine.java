package eu.eucaim.workstation.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What a benchmark ran on, as one line: CPU, cores, load, OS and the {@code java -version} facts. */
final class Machine {
    private Machine() {}

    static String describe() {
        return String.format(
                Locale.ROOT,
                "%s, nproc %d, load average %s at start; %s %s %s; %s (build %s), %s",
                cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                loadAverage(),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"),
                System.getProperty("java.runtime.name"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"));
    }

    private static String cpuModel() {
        return firstLine(Path.of("/proc/cpuinfo"), "model name")
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .orElse(System.getProperty("os.arch") + " CPU");
    }

    /** The 1-minute load average: the machine may be shared, and this says how busy it was. */
    private static String loadAverage() {
        return firstLine(Path.of("/proc/loadavg"), "").map(l -> l.split(" ")[0]).orElse("unknown");
    }

    private static java.util.Optional<String> firstLine(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(l -> l.startsWith(prefix))
                    .findFirst();
        } catch (IOException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }
}

package eu.eucaim.workstation.app.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * How long the desktop app took to get somewhere after its process started: each {@link Milestone} once, in the log
 * and, when the system property {@value #REPORT} names a file, as a line "{@code milestone millis}" appended to it,
 * for the start-up benchmark. With {@value #EXIT} set, {@link #whenAllReached} tells the app to quit once every
 * milestone is in. Process-wide like a logger, because a start-up happens once per process.
 */
public final class StartupClock {
    /** System property: the file the milestones are appended to. */
    public static final String REPORT = "eucaim.startup.report";
    /** System property: quit once every milestone is reached (the benchmark's runs). */
    public static final String EXIT = "eucaim.startup.exit";

    /** Where a start gets to, in about this order. */
    public enum Milestone {
        /** The main window is on the screen. */
        WINDOW,
        /** The Dashboard shows the catalogue's summary. */
        DASHBOARD_DATA,
        /** The Catalogue shows its first page of datasets. */
        CATALOGUE_DATA,
        /**
         * The rest of the demo is ready in the background: every node of the embedded demo federation answers and has
         * written its cohorts and demo users (with a remote node, at once: there is nothing of ours to prepare).
         */
        DEMO_COMPLETE;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private static final System.Logger LOG = System.getLogger(StartupClock.class.getName());
    private static final Set<Milestone> reached = EnumSet.noneOf(Milestone.class);
    private static Runnable onAll = () -> {};

    private StartupClock() {}

    /** Records {@code milestone} the first time it is reached in this process; later calls do nothing. */
    public static void reached(Milestone milestone) {
        Runnable then = null;
        synchronized (reached) {
            if (!reached.add(milestone)) {
                return;
            }
            if (reached.size() == Milestone.values().length) {
                then = onAll;
            }
        }
        long millis = sinceProcessStart().toMillis();
        LOG.log(System.Logger.Level.INFO, "Start-up: {0} {1} ms after the process started", milestone.key(), millis);
        String report = System.getProperty(REPORT);
        if (report != null) {
            append(Path.of(report), milestone.key() + " " + millis + "\n");
        }
        if (then != null) {
            then.run();
        }
    }

    /** Runs {@code quit} once every milestone is reached, if {@value #EXIT} is set; otherwise never. */
    public static void whenAllReached(Runnable quit) {
        if (!Boolean.getBoolean(EXIT)) {
            return;
        }
        boolean now;
        synchronized (reached) {
            onAll = quit;
            now = reached.size() == Milestone.values().length;
        }
        if (now) {
            quit.run();
        }
    }

    /** Time since this process started (the JVM's own start time where the OS does not say). */
    static Duration sinceProcessStart() {
        Instant start = ProcessHandle.current()
                .info()
                .startInstant()
                .orElseGet(() -> Instant.ofEpochMilli(
                        ManagementFactory.getRuntimeMXBean().getStartTime()));
        return Duration.between(start, Instant.now());
    }

    private static void append(Path file, String line) {
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the start-up report " + file, e);
        }
    }
}

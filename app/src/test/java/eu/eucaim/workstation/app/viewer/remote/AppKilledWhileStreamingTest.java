package eu.eucaim.workstation.app.viewer.remote;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import eu.eucaim.workstation.api.library.StoredPatient;
import eu.eucaim.workstation.api.library.StoredSeries;
import eu.eucaim.workstation.api.library.StoredStudy;
import eu.eucaim.workstation.app.settings.NodeMode;
import eu.eucaim.workstation.app.settings.Settings;
import eu.eucaim.workstation.app.settings.SettingsStore;
import eu.eucaim.workstation.app.ui.DesktopStreamingProcess;
import eu.eucaim.workstation.app.ui.HeadlessJava;
import eu.eucaim.workstation.client.ClientConfig;
import eu.eucaim.workstation.client.auth.RealSignIn;
import eu.eucaim.workstation.client.dicomweb.HttpDicomWebClient;
import eu.eucaim.workstation.client.library.KillTests;
import eu.eucaim.workstation.client.library.LocalImageLibrary;
import eu.eucaim.workstation.dicom.Tags;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.node.EucaimNode;
import eu.eucaim.workstation.node.NodeConfig;
import eu.eucaim.workstation.viewer.testing.SyntheticStudy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app is killed (SIGKILL) while a remote series streams into its offline library, at several moments: before
 * the first instance lands and after a few, many and most. After each kill the library opens consistent (every
 * listed file is there and is the instance it is listed as; no temp file; no file unlisted) and lists nothing
 * half-written; the killed app's fetch folder is deleted by the next start; and the study can then be fetched again
 * completely. The app is the desktop app, window and all ({@code DesktopStreamingProcess}: headless, as the UI tests
 * run it), signed in as the node's admin on a home folder of its own, against a real node on loopback.
 */
class AppKilledWhileStreamingTest {
    private static final int SLICES = 90;

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aKilledAppLeavesAConsistentLibraryAndTheStudyCanBeFetchedAgain() throws Exception {
        try (EucaimNode node =
                EucaimNode.start(NodeConfig.defaults(tmp.resolve("node"), 7).withDemoImageDatasets(0))) {
            URI web = URI.create(node.baseUri() + "/dicom-web");
            AccessTokenSource admin = RealSignIn.as(node.baseUri(), "admin");
            List<Path> files = SyntheticStudy.ctSeries(
                    Files.createDirectories(tmp.resolve("ct")), 1, "Streamed", SLICES, 512, 1024, (x, y, z) -> x + z);
            new HttpDicomWebClient(ClientConfig.of(web), admin)
                    .store(files, (done, all) -> {})
                    .get(2, TimeUnit.MINUTES);
            Path home = tmp.resolve("home");
            Path settings = home.resolve("config/settings.json");
            Files.createDirectories(settings.getParent());
            SettingsStore.at(settings)
                    .save(Settings.defaults()
                            .withNode(NodeMode.REMOTE, node.baseUri().toString()));
            Path library = home.resolve("data/library");
            Path appTemp = Files.createDirectories(tmp.resolve("app-tmp"));

            // Kill after this many instances were in the library's folder: none, a few, many, most.
            int[] moments = {0, 3, 25, 60};
            StringBuilder seen = new StringBuilder();
            for (int m : moments) {
                Process app = start(home, appTemp, "stream");
                try {
                    BlockingQueue<String> lines = KillTests.lines(app);
                    assertThat(line(lines, "streaming", 180))
                            .as("the app opened the series (log in %s)", tmp.resolve("app.log"))
                            .isTrue();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (KillTests.files(library.resolve(LocalImageLibrary.FOLDER)
                                                    .resolve("instances"))
                                            .size()
                                    < m
                            && System.nanoTime() < deadline) {
                        Thread.sleep(1);
                    }
                } finally {
                    app.destroyForcibly();
                    assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
                }
                try (LocalImageLibrary lib = appLibrary(library)) {
                    int listed = assertConsistent(lib);
                    assertThat(listed).as("listed after a kill at %d", m).isLessThan(SLICES);
                    seen.append(String.format(" [killed at %d in the folder: %d listed]", m, listed));
                }
            }
            System.out.println("AppKilledWhileStreamingTest:" + seen);
            assertThat(folders(appTemp)).as("the killed apps' fetch folders").isNotEmpty();

            // Started again, the app deletes what the killed ones left and keeps the study offline: complete.
            Process again = start(home, appTemp, "keep");
            BlockingQueue<String> lines = KillTests.lines(again);
            assertThat(line(lines, "streaming", 180)).isTrue();
            assertThat(line(lines, "complete", 180)).isTrue();
            assertThat(again.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(folders(appTemp))
                    .as("the killed apps' fetch folders are gone; only the last app's own is left, for its next start")
                    .allSatisfy(
                            f -> assertThat(f.getFileName().toString()).isEqualTo(FetchFolder.PREFIX + again.pid()));
            try (LocalImageLibrary lib = appLibrary(library)) {
                assertThat(lib.studyComplete(SyntheticStudy.STUDY_UID)).isTrue();
                assertThat(assertConsistent(lib)).isEqualTo(SLICES);
            }
        }
    }

    /** Every listed file is there and is the instance it is listed as; nothing else is in the folder; returns how many. */
    private static LocalImageLibrary appLibrary(Path root) {
        return LocalImageLibrary.openWithSamples(root, LocalImageLibrary.DEFAULT_LIMIT_BYTES);
    }

    private static int assertConsistent(LocalImageLibrary lib) throws Exception {
        Path root = lib.folder();
        Set<Path> listed = new HashSet<>();
        for (StoredPatient p : lib.listing().get(30, TimeUnit.SECONDS).patients()) {
            for (StoredStudy st : p.studies()) {
                for (StoredSeries se : st.series()) {
                    for (Path f : se.files()) {
                        String sop = DicomReader.read(f).dataset().getString(Tags.SOPInstanceUID);
                        assertThat(lib.find(sop)).contains(f);
                        assertThat(Files.size(f)).as("%s whole", f).isGreaterThan(512 * 1024 * 2);
                        listed.add(f);
                    }
                }
            }
        }
        assertThat(KillTests.files(root.resolve("tmp"))).as("temp files").isEmpty();
        assertThat(KillTests.files(root.resolve("instances")))
                .as("every file is listed")
                .containsExactlyInAnyOrderElementsOf(listed);
        return listed.size();
    }

    /** The desktop app on {@code home}, headless with the JVM options the UI tests run with (the parent pom's). */
    private Process start(Path home, Path appTemp, String mode) throws Exception {
        List<String> command = HeadlessJava.command(
                List.of("-Djava.io.tmpdir=" + appTemp, "-Deucaim.home=" + home),
                DesktopStreamingProcess.class.getName(),
                "admin",
                mode);
        return new ProcessBuilder(command)
                .redirectError(
                        ProcessBuilder.Redirect.appendTo(tmp.resolve("app.log").toFile()))
                .start();
    }

    /** Whether the app printed {@code wanted} within {@code seconds}; other output lines are passed over. */
    private static boolean line(BlockingQueue<String> lines, String wanted, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (long left = seconds * 1_000_000_000L; left > 0; left = deadline - System.nanoTime()) {
            String line = lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                return false;
            }
            if (line.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> folders(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(f -> f.getFileName().toString().startsWith(FetchFolder.PREFIX))
                    .toList();
        }
    }
}

package eu.eucaim.workstation.dicom.bench;

import eu.eucaim.workstation.dicom.DicomParseException;
import eu.eucaim.workstation.dicom.io.DicomReader;
import eu.eucaim.workstation.dicom.io.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Header scan of every file under a folder (stop before pixel data), one thread and all cores, in one JVM over
 * three rounds: a diagnostic of the parser's JIT-warm throughput, not a test. The figures reported in
 * docs/benchmarks.md are not from here: scripts/dicom/benchmark-header-scan.sh times {@code eucaim dicom scan}
 * and the peers (pydicom, dcmdump, PixelMed) as whole processes.
 */
public final class HeaderScanBenchmark {

    private HeaderScanBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(Files::isRegularFile).toList();
        }
        DicomReader reader = new DicomReader(ReadOptions.HEADER);
        for (int round = 0; round < 3; round++) { // the first rounds warm up the JIT
            long t0 = System.nanoTime();
            int ok = scan(files, reader, false);
            long t1 = System.nanoTime();
            int okParallel = scan(files, reader, true);
            long t2 = System.nanoTime();
            System.out.printf(
                    "round %d: %d files (%d DICOM): one thread %.0f ms, %d cores %.0f ms (%d)%n",
                    round,
                    files.size(),
                    ok,
                    (t1 - t0) / 1e6,
                    Runtime.getRuntime().availableProcessors(),
                    (t2 - t1) / 1e6,
                    okParallel);
        }
    }

    private static int scan(List<Path> files, DicomReader reader, boolean parallel) {
        AtomicInteger ok = new AtomicInteger();
        (parallel ? files.parallelStream() : files.stream()).forEach(p -> {
            try {
                reader.readFile(p);
                ok.incrementAndGet();
            } catch (DicomParseException e) {
                // counted as not DICOM
            }
        });
        return ok.get();
    }
}

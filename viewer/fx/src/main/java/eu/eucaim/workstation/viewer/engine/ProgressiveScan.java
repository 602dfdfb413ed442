package eu.eucaim.workstation.viewer.engine;

import eu.eucaim.workstation.dicom.study.DicomScanner;
import eu.eucaim.workstation.dicom.study.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Opens folders and plain files progressively: {@link DicomScanner#scanProgressively} reports the study tree after
 * each growing chunk of headers, so the viewer shows the first series long before the last header is read, and
 * the last report equals a full scan.
 */
public final class ProgressiveScan {
    /** Receives the tree of every file read so far; {@code complete} is true exactly once, last. */
    @FunctionalInterface
    public interface Listener {
        void update(ScanResult soFar, boolean complete);
    }

    private final DicomScanner scanner = new DicomScanner();

    /**
     * True when every path is a folder or a plain file (a list of files is one scan, so the slices of one series in
     * many files make one stack); zip archives and DICOMDIRs go through {@code DicomScanner.scan}.
     */
    public static boolean applies(List<Path> paths) {
        return !paths.isEmpty()
                && paths.stream()
                        .allMatch(p -> Files.isDirectory(p)
                                || Files.isRegularFile(p)
                                        && !p.getFileName()
                                                .toString()
                                                .toLowerCase(Locale.ROOT)
                                                .endsWith(".zip")
                                        && !p.getFileName().toString().equalsIgnoreCase("DICOMDIR"));
    }

    /**
     * Scans {@code folders} (and files), reporting after each chunk; stops early (without a complete report) when
     * {@code cancelled} turns true. Returns the final result, or null when cancelled.
     */
    public ScanResult scan(List<Path> folders, Listener listener, BooleanSupplier cancelled) throws IOException {
        // The first chunk is found without listing everything: in a folder of thousands of files the listing alone
        // (a stat per file) would hold back the first image.
        List<Path> first = new ArrayList<>();
        for (Path folder : folders) {
            if (first.size() < DicomScanner.FIRST_CHUNK) {
                first.addAll(DicomScanner.firstFilesUnder(folder, DicomScanner.FIRST_CHUNK - first.size()));
            }
        }
        return scanner.scanProgressively(
                first,
                () -> {
                    List<Path> files = new ArrayList<>();
                    for (Path folder : folders) {
                        files.addAll(DicomScanner.filesUnder(folder));
                    }
                    return files;
                },
                listener::update,
                cancelled);
    }
}

package eu.eucaim.workstation.api.library;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One series in the offline library, with its patient and study (the Viewer groups them).
 *
 * @param source      where it came from: the node's folder name in the library, e.g. "embedded-node", or the name of
 *                    the DICOMweb source a viewed series was fetched from
 * @param datasetId   the catalogue dataset it is a sample of (or a viewed series belongs to; "" when unknown)
 * @param studyDate   DICOM DA (YYYYMMDD), or "" when the node did not say
 * @param files       its files in instance order, all present
 * @param bytes       their total size
 * @param saved       when the dataset was saved into the library
 * @param keyFile     the file to open on (the finding, else the middle)
 * @param keyNote     what that image shows, or "" when the node did not say
 */
public record LibrarySeries(
        String source,
        String datasetId,
        String patientName,
        String patientId,
        String studyUid,
        String studyDescription,
        String studyDate,
        String seriesUid,
        String modality,
        String seriesDescription,
        List<Path> files,
        long bytes,
        Instant saved,
        Path keyFile,
        String keyNote) {
    public LibrarySeries {
        files = List.copyOf(files);
    }
}

package eu.eucaim.workstation.api.library;

import java.nio.file.Path;
import java.util.List;

/**
 * One series in the offline library.
 *
 * @param seriesUid         Series Instance UID
 * @param modality          "" when the files did not say
 * @param description       "" when the files did not say
 * @param seriesNumber      0 when the files did not say
 * @param provenance        where its instances came from (the latest stored one's, should they differ)
 * @param files             its files, all present and whole, in instance number order
 * @param bytes             their total size
 * @param expectedInstances how many instances the series has at its source, as the viewer told the library
 *                          ({@link ImageLibrary#expectSeries}); 0 when not told (sample series: their file count)
 * @param keyFile           the file to open on: the middle one (a sample series': its finding, else the middle)
 */
public record StoredSeries(
        String seriesUid,
        String modality,
        String description,
        int seriesNumber,
        Provenance provenance,
        List<Path> files,
        long bytes,
        int expectedInstances,
        Path keyFile) {
    public StoredSeries {
        files = List.copyOf(files);
    }

    /** Whether every instance the source has is here (false while the count is unknown). */
    public boolean complete() {
        return expectedInstances > 0 && files.size() >= expectedInstances;
    }
}

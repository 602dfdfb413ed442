package eu.eucaim.workstation.api.library;

import java.time.Instant;
import java.util.List;

/**
 * One study in the offline library. A study UID may be listed twice, once per {@link Kind}: the key of a row is
 * ({@link #kind}, {@link #studyUid}).
 *
 * @param kind        viewed remote images (pinnable, deletable, evicted when least recently used) or sample images
 *                    (kept by the Catalogue's "View sample images", outside the size limit)
 * @param studyUid    Study Instance UID
 * @param description "" when the files did not say
 * @param studyDate   DICOM DA (YYYYMMDD), or ""
 * @param pinned      "Keep offline": never evicted (always false for samples)
 * @param complete    the viewer told the library how many series the study has, and each of them is complete
 * @param bytes       the size of its files
 * @param lastUsed    when an instance of it was last stored or opened (samples: when they were saved)
 * @param provenances where its series came from, each once, in series order (usually one)
 * @param series      its series, by series number then UID
 */
public record StoredStudy(
        Kind kind,
        String studyUid,
        String description,
        String studyDate,
        boolean pinned,
        boolean complete,
        long bytes,
        Instant lastUsed,
        List<Provenance> provenances,
        List<StoredSeries> series) {
    public enum Kind {
        /** Written through by the viewer from a DICOMweb source. */
        REMOTE,
        /** A dataset's sample images downloaded from the Catalogue. */
        SAMPLE
    }

    public StoredStudy {
        provenances = List.copyOf(provenances);
        series = List.copyOf(series);
    }
}

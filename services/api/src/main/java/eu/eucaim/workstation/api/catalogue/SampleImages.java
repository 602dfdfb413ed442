package eu.eucaim.workstation.api.catalogue;

import java.util.List;

/**
 * The sample images a node offers for one dataset ({@code GET /api/catalogue/datasets/{id}/samples}): synthetic
 * studies to preview in the viewer. Empty {@code studies} when the dataset has none. Each file is downloaded from
 * {@code GET /api/catalogue/datasets/{id}/samples/files/{path}}.
 */
public record SampleImages(String datasetId, List<SampleStudy> studies) {
    public SampleImages {
        studies = studies == null ? List.of() : List.copyOf(studies);
    }

    /** Every file of every series, in study, series and instance order. */
    public List<SampleFile> files() {
        return studies.stream().flatMap(st -> st.series().stream()).flatMap(se -> se.files().stream()).toList();
    }

    public long totalBytes() {
        return files().stream().mapToLong(SampleFile::size).sum();
    }

    /** One study: one synthetic patient, one or more series. */
    public record SampleStudy(String studyInstanceUid, String description, String modality, List<SampleSeries> series) {
        public SampleStudy {
            series = series == null ? List.of() : List.copyOf(series);
        }
    }

    /** One series and its files in instance order. */
    public record SampleSeries(String seriesInstanceUid, String modality, String description, List<SampleFile> files) {
        public SampleSeries {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /**
     * One Part 10 file.
     *
     * @param path   relative, '/'-separated (e.g. {@code CT/IM00001.dcm}); chosen by the server, so a client must
     *               sanitise it before using it as a local path
     * @param size   bytes
     * @param sha256 hex SHA-256 of the content (also the file's ETag)
     */
    public record SampleFile(String path, long size, String sha256) {
    }
}

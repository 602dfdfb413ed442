package eu.eucaim.workstation.api.catalogue;

import java.util.List;

/**
 * The sample images a node offers for one dataset ({@code GET /api/catalogue/datasets/{id}/samples}): synthetic
 * studies to preview in the viewer. Each file is downloaded from
 * {@code GET /api/catalogue/datasets/{id}/samples/files/{path}}.
 *
 * @param preparing true while the node is still making the dataset's samples (then {@code studies} is empty and
 *                  the reply's Retry-After says when to ask again); false with empty {@code studies} means the
 *                  dataset has no samples
 */
public record SampleImages(String datasetId, boolean preparing, List<SampleStudy> studies) {
    public SampleImages {
        studies = studies == null ? List.of() : List.copyOf(studies);
    }

    /** Whether the dataset has samples, ready or still being prepared. */
    public boolean available() {
        return preparing || !studies.isEmpty();
    }

    /** Every file of every series, in study, series and instance order. */
    public List<SampleFile> files() {
        return studies.stream()
                .flatMap(st -> st.series().stream())
                .flatMap(se -> se.files().stream())
                .toList();
    }

    public long totalBytes() {
        return files().stream().mapToLong(SampleFile::size).sum();
    }

    /**
     * One study: one synthetic patient, one or more series.
     *
     * @param patientName DICOM PN ("Phantom^Ada^Sample"); null from nodes that do not say
     * @param studyDate   DICOM DA (YYYYMMDD); null from nodes that do not say
     */
    public record SampleStudy(
            String studyInstanceUid,
            String description,
            String modality,
            List<SampleSeries> series,
            String patientName,
            String patientId,
            String studyDate) {
        public SampleStudy {
            series = series == null ? List.of() : List.copyOf(series);
        }

        public SampleStudy(String studyInstanceUid, String description, String modality, List<SampleSeries> series) {
            this(studyInstanceUid, description, modality, series, null, null, null);
        }
    }

    /**
     * One series and its files in instance order.
     *
     * @param bodyPart DICOM Body Part Examined of its images; null from nodes that do not say
     * @param keyIndex index in {@code files} of the image to open on (the one showing the finding, else the middle);
     *                 null from nodes that do not say
     * @param keyNote  what that image shows, e.g. "right upper lobe nodule, 18 mm" or "middle slice"
     */
    public record SampleSeries(
            String seriesInstanceUid,
            String modality,
            String description,
            List<SampleFile> files,
            String bodyPart,
            Integer keyIndex,
            String keyNote) {
        public SampleSeries {
            files = files == null ? List.of() : List.copyOf(files);
        }

        public SampleSeries(String seriesInstanceUid, String modality, String description, List<SampleFile> files) {
            this(seriesInstanceUid, modality, description, files, null, null, null);
        }

        /** The file to open first: the key image when the node named one within range, else the middle one. */
        public SampleFile keyFile() {
            if (files.isEmpty()) {
                return null;
            }
            int i = keyIndex != null && keyIndex >= 0 && keyIndex < files.size() ? keyIndex : files.size() / 2;
            return files.get(i);
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
    public record SampleFile(String path, long size, String sha256) {}
}

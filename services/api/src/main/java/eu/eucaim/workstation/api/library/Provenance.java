package eu.eucaim.workstation.api.library;

import java.net.URI;
import java.util.Objects;

/**
 * Where images in the offline library came from, and under which terms: shown beside them in the Library.
 *
 * @param sourceName       the DICOMweb source's name as the user knows it ("Embedded node", "Orthanc"), or the node's
 *                         folder of sample images ("embedded-node")
 * @param sourceUrl        the DICOMweb root the images were fetched from; null for sample images
 * @param datasetId        the catalogue dataset the images belong to, or null when the source did not say
 * @param accessConditions the dataset's access conditions as text (e.g. "DOWNLOAD, IN_SITU_PROCESSING"); "" when
 *                         unknown
 */
public record Provenance(String sourceName, URI sourceUrl, String datasetId, String accessConditions) {
    public Provenance {
        if (sourceName == null || sourceName.isBlank()) {
            throw new IllegalArgumentException("a library entry needs the name of its source");
        }
        if (datasetId != null && datasetId.isBlank()) {
            datasetId = null;
        }
        accessConditions = accessConditions == null ? "" : accessConditions.strip();
    }

    /** Images fetched from a DICOMweb source. */
    public static Provenance remote(String sourceName, URI sourceUrl, String datasetId, String accessConditions) {
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        return new Provenance(sourceName, sourceUrl, datasetId, accessConditions);
    }
}

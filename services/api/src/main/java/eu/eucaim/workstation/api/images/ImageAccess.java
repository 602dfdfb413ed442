package eu.eucaim.workstation.api.images;

/**
 * What the caller may do with a dataset's images ({@code GET /api/catalogue/datasets/{id}/image-access}), decided
 * by the same policy that guards the node's DICOMweb routes, so the app can explain an action instead of offering
 * one the node would refuse.
 *
 * @param canSearch   find its studies and read their attributes (QIDO-RS, WADO-RS metadata)
 * @param canView     see its pixels (WADO-RS frames, rendered, thumbnails)
 * @param canRetrieve keep it as DICOM (WADO-RS instances: the offline library, export, save to disk)
 * @param reason      why the first of these that is false is refused, one sentence; null when all are true
 */
public record ImageAccess(String datasetId, boolean canSearch, boolean canView, boolean canRetrieve, String reason) {}

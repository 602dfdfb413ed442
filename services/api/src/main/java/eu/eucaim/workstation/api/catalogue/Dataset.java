package eu.eucaim.workstation.api.catalogue;

import java.util.List;

/**
 * A dataset (collection) with the EUCAIM-DCAT-AP 2.0 fields.
 *
 * @param subjects        number of unique individuals; equals the size of the dataset's cohort on the node
 * @param studies         number of records (imaging studies); equals the studies of the cohort
 * @param birthSex        e.g. ["female"], ["male", "female"]
 * @param modalities      DICOM modality codes: CT, MR, PT, MG, US, CR, DX, NM...
 * @param bodyParts       upper-case DICOM body part examined style, lower-case words: breast, colon, lung, prostate, pelvis
 * @param observationalStudy true only for the special "Build an Observational Study with RWD" dataset, which
 *                        holds no data and exists to start a request for data to be collected
 */
public record Dataset(
        String id,
        String title,
        String description,
        String version,
        String type,
        AccessRights accessRights,
        List<AccessCondition> accessConditions,
        Publisher publisher,
        ContactPoint contactPoint,
        String networkId,
        int subjects,
        int studies,
        List<String> birthSex,
        Integer minTypicalAge,
        Integer maxTypicalAge,
        List<Condition> conditions,
        List<String> modalities,
        List<String> manufacturers,
        List<String> bodyParts,
        List<String> keywords,
        String provenance,
        TemporalCoverage temporalCoverage,
        List<String> annotationLabels,
        int segmentations,
        String licence,
        boolean observationalStudy) {}

package eu.eucaim.workstation.node.dicomweb;

/**
 * What a DICOMweb request does with a study's images, from least to most: the access models of user guide 4.7
 * allow a dataset up to one of these.
 */
public enum ImageUse {
    /** QIDO-RS and WADO-RS metadata: finding the study and reading its attributes (needed to view it). */
    SEARCH,
    /** WADO-RS frames, rendered and thumbnail: pixels for the screen, nothing kept as DICOM. */
    VIEW,
    /** WADO-RS instances, series and studies as DICOM: what can be kept offline, exported or saved to disk. */
    RETRIEVE
}

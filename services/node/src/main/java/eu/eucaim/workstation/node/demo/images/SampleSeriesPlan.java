package eu.eucaim.workstation.node.demo.images;

/**
 * One series of a dataset's sample studies before it is made: what, where in the body, and in which study.
 *
 * @param study       index of its study among the dataset's sample studies
 * @param kind        what makes its images
 * @param modality    DICOM Modality (0008,0060)
 * @param description Series Description
 */
record SampleSeriesPlan(int study, Kind kind, String modality, String description) {
    enum Kind {
        CHEST_CT,
        CHEST_PET,
        ABDOMEN_CT,
        ABDOMEN_PET,
        PELVIS_CT,
        PELVIS_PET,
        PELVIS_MR,
        BREAST_CT,
        BREAST_PET,
        MAMMOGRAM,
        CHEST_CR
    }
}

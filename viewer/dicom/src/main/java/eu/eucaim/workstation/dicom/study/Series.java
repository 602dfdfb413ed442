package eu.eucaim.workstation.dicom.study;

import java.util.List;

/** Instances sorted by position along the slice normal, then Instance Number (see {@link StudyTree}). */
public record Series(
        String seriesInstanceUid, int seriesNumber, String modality, String description, List<Instance> instances) {

    public int frames() {
        return instances.stream().mapToInt(Instance::frames).sum();
    }
}

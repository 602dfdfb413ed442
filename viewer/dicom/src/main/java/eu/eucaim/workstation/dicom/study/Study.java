package eu.eucaim.workstation.dicom.study;

import java.util.List;

public record Study(
        String studyInstanceUid,
        String studyDate,
        String studyId,
        String accessionNumber,
        String description,
        List<Series> series) {

    public int instanceCount() {
        return series.stream().mapToInt(s -> s.instances().size()).sum();
    }
}

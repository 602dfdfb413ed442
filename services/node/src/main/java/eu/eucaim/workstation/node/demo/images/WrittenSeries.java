package eu.eucaim.workstation.node.demo.images;

import java.nio.file.Path;
import java.util.List;

/**
 * One written sample series with its patient and study.
 *
 * @param keyIndex index in {@code files} of the image to open on: the one showing the finding, else the middle
 * @param keyNote  what that image shows, e.g. "right upper lobe nodule, 18 mm", or "middle slice"
 */
public record WrittenSeries(
        String patientName,
        String patientId,
        String studyUid,
        String studyDescription,
        String studyDate,
        String seriesUid,
        String modality,
        String bodyPart,
        String seriesDescription,
        List<Path> files,
        int keyIndex,
        String keyNote) {
    public WrittenSeries {
        files = List.copyOf(files);
    }
}

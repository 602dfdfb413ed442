package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.node.http.Caller;

/**
 * Where the DICOMweb routes record every retrieval of image data (frames, rendered, thumbnails, instances), once a
 * reply is sent, with the bytes its body held. The dataset's representative reads it.
 */
@FunctionalInterface
public interface RetrievalLog {
    void record(Caller caller, StudyOwner owner, String studyUid, String seriesUid, ImageUse use, long bytes);
}

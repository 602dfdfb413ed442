package eu.eucaim.workstation.node.dicomweb;

import eu.eucaim.workstation.node.http.Caller;

/** Records nothing: the node's retrieval log until the access log is wired in ({@code EucaimNode}, one place). */
public final class NoRetrievalLog implements RetrievalLog {
    @Override
    public void record(Caller caller, StudyOwner owner, String studyUid, String seriesUid, ImageUse use, long bytes) {
        // deliberately nothing
    }
}

package eu.eucaim.workstation.api.library;

/**
 * How far a sample download is: bytes and files done of the total (files already in the library count as done).
 *
 * @param preparing true while the node is still making the samples (totals are 0 then)
 */
public record DownloadProgress(boolean preparing, long bytesDone, long bytesTotal, int filesDone, int filesTotal) {
    public static final DownloadProgress PREPARING = new DownloadProgress(true, 0, 0, 0, 0);

    /** 0..1 by bytes (1 when there is nothing to do), or -1 (indeterminate) while preparing. */
    public double fraction() {
        if (preparing) {
            return -1;
        }
        return bytesTotal <= 0 ? 1 : Math.min(1, (double) bytesDone / bytesTotal);
    }
}

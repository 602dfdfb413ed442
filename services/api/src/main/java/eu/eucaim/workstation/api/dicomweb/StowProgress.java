package eu.eucaim.workstation.api.dicomweb;

/**
 * How far a STOW-RS upload is. Called on an HTTP thread, about every 100 ms while sending and once at the end; a
 * request sent again (after a 401 renewed the token) starts again from zero.
 */
@FunctionalInterface
public interface StowProgress {
    /**
     * @param bytes bytes of the request sent so far
     * @param total the whole request's bytes (all files and the multipart framing)
     */
    void sent(long bytes, long total);
}

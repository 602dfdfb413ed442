package eu.eucaim.workstation.client;

/**
 * How far a request body has been sent. Called on an HTTP thread, at most about every
 * {@code 100 ms} while sending and always once at the end; a call that is sent again (a retry after a 401)
 * starts again from zero.
 */
@FunctionalInterface
public interface UploadProgress {
    /**
     * @param bytes bytes of the body handed to the connection so far
     * @param total the body's length, or -1 when it is not known in advance
     */
    void sent(long bytes, long total);
}

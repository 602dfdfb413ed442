package eu.eucaim.workstation.api.error;

/**
 * The backend in use does not have this service at all (the EUCAIM platform has no sample images of its own, no
 * node health, no DICOMweb of its own): not a failure to retry, but something to say in one sentence.
 */
public final class NotOfferedException extends ServiceException {
    /**
     * @param service what the app is connected to, as said in a sentence ("the EUCAIM platform")
     * @param what    the missing service ("Sample images")
     */
    public NotOfferedException(String service, String what) {
        super(service, what + ": not offered by " + service + ".", null);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}

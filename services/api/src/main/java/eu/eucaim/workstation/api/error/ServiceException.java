package eu.eucaim.workstation.api.error;

/**
 * A failure talking to a service, typed so that the UI can say what happened and offer Retry.
 * The message is always a sentence fit to show to a user; it never contains a token.
 */
public abstract sealed class ServiceException extends RuntimeException
        permits ServiceUnreachableException,
                ServiceTimeoutException,
                ServiceErrorException,
                MalformedResponseException,
                NotOfferedException {

    private final String service;

    protected ServiceException(String service, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
    }

    /** The base URL (or name) of the service that failed. */
    public String service() {
        return service;
    }

    /** Whether trying again later can help (true for everything but client-side mistakes such as 400/404). */
    public boolean retryable() {
        return true;
    }
}

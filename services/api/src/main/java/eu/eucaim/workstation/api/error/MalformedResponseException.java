package eu.eucaim.workstation.api.error;

/** The service answered 2xx but the body was not the JSON we expected. */
public final class MalformedResponseException extends ServiceException {
    public MalformedResponseException(String service, String what, Throwable cause) {
        super(service, service + " sent a reply that could not be read: " + what, cause);
    }
}

package eu.eucaim.workstation.api.error;

/** The service could not be reached at all: connection refused, unknown host, TLS handshake failed. */
public final class ServiceUnreachableException extends ServiceException {
    public ServiceUnreachableException(String service, Throwable cause) {
        super(service, "Cannot reach " + service + ": " + describe(cause), cause);
    }

    private static String describe(Throwable cause) {
        return cause == null || cause.getMessage() == null ? "no connection" : cause.getMessage();
    }
}

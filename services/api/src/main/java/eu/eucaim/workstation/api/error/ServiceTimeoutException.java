package eu.eucaim.workstation.api.error;

import java.time.Duration;

/** The service did not answer in time. */
public final class ServiceTimeoutException extends ServiceException {
    public ServiceTimeoutException(String service, Duration timeout, Throwable cause) {
        super(service, service + " did not answer within " + timeout.toMillis() + " ms", cause);
    }
}

package eu.eucaim.workstation.api.error;

/** The service answered with an HTTP error status; {@link #body()} holds its {@link ErrorBody} when it sent one. */
public final class ServiceErrorException extends ServiceException {
    private final int status;
    private final ErrorBody body;

    public ServiceErrorException(String service, int status, ErrorBody body) {
        super(service, describe(service, status, body), null);
        this.status = status;
        this.body = body;
    }

    private static String describe(String service, int status, ErrorBody body) {
        String detail = body != null && body.message() != null ? body.message() : "HTTP " + status;
        return status >= 500 ? service + " failed (HTTP " + status + "): " + detail : detail;
    }

    public int status() {
        return status;
    }

    public ErrorBody body() {
        return body;
    }

    @Override
    public boolean retryable() {
        return status >= 500 || status == 429 || status == 408;
    }
}

package eu.eucaim.workstation.node.http;

/** An error the client caused or should see: becomes an {@code ErrorBody} with this status and code. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    /** Refuses a query parameter not in {@code known}: a typo must never silently widen a search or a count. */
    public static void rejectUnknownParameters(java.util.Set<String> given, java.util.Collection<String> known) {
        for (String name : given) {
            if (!known.contains(name)) {
                throw badRequest("Unknown query parameter '" + name + "'; expected one of " + String.join(", ", known));
            }
        }
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}

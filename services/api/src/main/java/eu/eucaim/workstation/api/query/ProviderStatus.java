package eu.eucaim.workstation.api.query;

/** How one provider's part of a federated query ended. */
public enum ProviderStatus {
    /** It answered with counts. */
    ANSWERED,
    /** It answered with an error, an unreadable body, or could not be reached. */
    FAILED,
    /** It did not answer within its timeout. */
    TIMED_OUT,
    /** The user cancelled the query before it answered. */
    CANCELLED
}

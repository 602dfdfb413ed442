package eu.eucaim.workstation.app.auth;

/** Where the app's sign-in stands. */
public enum SignInStatus {
    SIGNED_OUT,
    /** At start-up: a saved sign-in is being renewed. */
    RESTORING,
    /** Waiting for the browser; can be cancelled, gives up after a timeout. */
    SIGNING_IN,
    SIGNED_IN,
    /** The last attempt failed; the message says why and Retry starts again. */
    FAILED
}

package eu.eucaim.workstation.app.negotiation.outbox;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.error.MalformedResponseException;
import eu.eucaim.workstation.api.error.ServiceErrorException;
import eu.eucaim.workstation.api.error.ServiceTimeoutException;
import eu.eucaim.workstation.api.error.ServiceUnreachableException;

/** What a failed attempt means for the queued action: wait and send it again, or it leaves the queue refused. */
enum SendFailure {
    /**
     * The node did not answer, answered that it cannot now (5xx, 429, 408), answered something that is not its
     * answer (a proxy's page), or nobody is signed in: wait and send again. Safe with the action's key: a node that
     * did it answers the retry with its first answer.
     */
    RETRY,
    /** The node refused it (any other 4xx), or it can never be sent (its file is gone): it leaves the queue. */
    REFUSED;

    static SendFailure of(Throwable failure) {
        if (failure instanceof ServiceUnreachableException
                || failure instanceof ServiceTimeoutException
                || failure instanceof MalformedResponseException
                || failure instanceof AuthException) {
            return RETRY;
        }
        if (failure instanceof ServiceErrorException e) {
            // 401 after the transport's one renewal: the sign-in has ended; the action waits for the next one.
            return e.retryable() || e.status() == 401 ? RETRY : REFUSED;
        }
        return REFUSED;
    }
}

package eu.eucaim.workstation.app.fx;

import eu.eucaim.workstation.api.auth.AuthException;
import eu.eucaim.workstation.api.error.ServiceException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns any failure into one sentence a user can read; never a stack trace. */
public final class Errors {
    private Errors() {}

    /** Strips the wrappers that futures add around the real cause. */
    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The user-facing sentence for {@code failure}. Service messages are written for users already. */
    public static String describe(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof ServiceException || t instanceof UserMessageException || t instanceof AuthException) {
            return t.getMessage();
        }
        // Anything else is a bug or an environment problem; the class name helps a support request more than a trace.
        String detail = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return "Something went wrong: " + detail;
    }
}

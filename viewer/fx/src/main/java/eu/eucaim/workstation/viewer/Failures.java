package eu.eucaim.workstation.viewer;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;

/** Status lines say what went wrong, not which wrappers futures and lambdas put around it. */
final class Failures {
    private Failures() {}

    /** The message of the first cause that is not a {@link CompletionException} or {@link UncheckedIOException}. */
    static String message(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}

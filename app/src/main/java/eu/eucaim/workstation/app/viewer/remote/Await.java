package eu.eucaim.workstation.app.viewer.remote;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Waits for a fetch on a background thread, failing as the decoders expect: with an {@link IOException}. */
final class Await {
    private Await() {}

    static <T> T await(CompletableFuture<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while fetching");
        } catch (CancellationException e) {
            throw new InterruptedIOException("the fetch was cancelled");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof IOException io ? io : new IOException(c.getMessage(), c);
        }
    }
}

package eu.eucaim.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Test helper: bounded waits on service futures. */
public final class Futures {
    private Futures() {}

    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return fail("the call failed", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            return fail("the call did not complete", e);
        }
    }

    public static <E extends Throwable> E failureOf(CompletableFuture<?> future, Class<E> type) {
        try {
            Object value = future.get(30, TimeUnit.SECONDS);
            return fail("expected " + type.getSimpleName() + " but the call returned " + value);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(type);
            return type.cast(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            return fail("the call did not complete", e);
        }
    }
}

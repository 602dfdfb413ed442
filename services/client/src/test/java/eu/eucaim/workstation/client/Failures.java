package eu.eucaim.workstation.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Test helper: what a future failed with. */
public final class Failures {
    private Failures() {}

    /** Waits (bounded) for {@code future} to fail and returns the cause, checking its type. */
    public static <E extends Throwable> E failureOf(CompletableFuture<?> future, Class<E> type) {
        try {
            Object value = future.get(20, TimeUnit.SECONDS);
            return fail("expected " + type.getSimpleName() + " but the call returned " + value);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(type);
            return type.cast(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            return fail("the future did not complete", e);
        }
    }
}

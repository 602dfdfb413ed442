package eu.eucaim.workstation.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancellableComposeTest {
    private final CompletableFuture<String> first = new CompletableFuture<>();
    private final CompletableFuture<Integer> inner = new CompletableFuture<>();
    private final AtomicInteger asked = new AtomicInteger();

    private CompletableFuture<Integer> composed() {
        return CancellableCompose.compose(first, s -> {
            asked.incrementAndGet();
            return inner;
        });
    }

    @Test
    void theInnerValueIsTheResults() {
        CompletableFuture<Integer> result = composed();
        first.complete("a");
        inner.complete(7);
        assertThat(result).isCompletedWithValue(7);
    }

    @Test
    void cancellingTheResultCancelsTheInnerFutureButNotTheFirst() {
        CompletableFuture<Integer> result = composed();
        first.complete("a");
        result.cancel(true);
        assertThat(inner).isCancelled();
        assertThat(first).isCompletedWithValue("a");
    }

    @Test
    void cancelledBeforeTheFirstCompletesNothingIsAsked() {
        CompletableFuture<Integer> result = composed();
        result.cancel(true);
        first.complete("a");
        assertThat(asked).hasValue(0);
        assertThat(first).isNotCancelled();
    }

    @Test
    void failuresOfEitherStepAndOfMakingTheInnerFutureAreTheResults() {
        CompletableFuture<Integer> failedFirst = composed();
        first.completeExceptionally(new IllegalStateException("no connection"));
        assertThat(failedFirst).isCompletedExceptionally();

        CompletableFuture<String> ok = CompletableFuture.completedFuture("a");
        CompletableFuture<Integer> failedInner = CancellableCompose.compose(ok, s -> inner);
        inner.completeExceptionally(new IllegalStateException("reset"));
        assertThat(failedInner).isCompletedExceptionally();

        CompletableFuture<Integer> thrown = CancellableCompose.compose(ok, s -> {
            throw new IllegalArgumentException("bad uid");
        });
        assertThat(thrown).isCompletedExceptionally();

        java.io.IOException checked = new java.io.IOException("disk full");
        CompletableFuture<Integer> wrapped = CancellableCompose.compose(ok, s -> {
            throw new java.util.concurrent.CompletionException(checked);
        });
        wrapped.whenComplete((v, e) -> assertThat(e).isSameAs(checked));
        assertThat(wrapped).isCompletedExceptionally();
    }
}

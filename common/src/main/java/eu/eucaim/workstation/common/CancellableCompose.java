package eu.eucaim.workstation.common;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@code thenCompose} that passes a cancel on: cancelling the result cancels the inner future (a client's call, which
 * then closes its connection), and an inner future is not even made once the result was cancelled while
 * {@code first} was still under way. {@link CompletableFuture#thenCompose} does neither: a cancelled result leaves
 * its call running.
 */
public final class CancellableCompose {
    private CancellableCompose() {}

    /**
     * {@code then} applied to {@code first}'s value; {@code first} itself is never cancelled (it may be shared). A
     * {@code CompletionException} that {@code then} throws fails the result with its cause.
     */
    public static <A, B> CompletableFuture<B> compose(
            CompletableFuture<A> first, Function<? super A, ? extends CompletableFuture<B>> then) {
        CompletableFuture<B> result = new CompletableFuture<>();
        first.whenComplete((value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            if (result.isDone()) {
                return; // cancelled meanwhile: nothing asked
            }
            CompletableFuture<B> inner;
            try {
                inner = then.apply(value);
            } catch (java.util.concurrent.CompletionException e) { // how then says a checked exception
                result.completeExceptionally(e.getCause() != null ? e.getCause() : e);
                return;
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            result.whenComplete((v, e) -> inner.cancel(true));
            inner.whenComplete((v, e) -> {
                if (e != null) {
                    result.completeExceptionally(e);
                } else {
                    result.complete(v);
                }
            });
        });
        return result;
    }
}

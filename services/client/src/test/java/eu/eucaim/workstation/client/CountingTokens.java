package eu.eucaim.workstation.client;

import eu.eucaim.workstation.api.auth.AccessTokenSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test helper: a token source that hands out {@code tokens} in turn, one more at each renewal, and counts the calls
 * and the threads they came on.
 */
public final class CountingTokens implements AccessTokenSource {
    private final List<String> tokens;
    private final AtomicInteger current = new AtomicInteger();
    public final AtomicInteger renewals = new AtomicInteger();
    public final List<String> askedOn = new CopyOnWriteArrayList<>();
    public final List<String> rejected = new CopyOnWriteArrayList<>();
    /** "token → reason" for each refusal for good the transport reported. */
    public final List<String> refusals = new CopyOnWriteArrayList<>();

    public CountingTokens(String... tokens) {
        this.tokens = List.of(tokens);
    }

    @Override
    public String accessToken() {
        askedOn.add(Thread.currentThread().getName());
        return tokens.get(current.get());
    }

    @Override
    public Optional<String> renewAfterRejection(String token) {
        renewals.incrementAndGet();
        rejected.add(token);
        int next = current.get() + 1;
        if (next >= tokens.size()) {
            return Optional.empty();
        }
        current.set(next);
        return Optional.of(tokens.get(next));
    }

    @Override
    public void refused(String token, String reason) {
        refusals.add(token + " → " + reason);
    }
}

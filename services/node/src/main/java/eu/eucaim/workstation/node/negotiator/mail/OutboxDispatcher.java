package eu.eucaim.workstation.node.negotiator.mail;

import eu.eucaim.workstation.common.NamedThreads;
import eu.eucaim.workstation.node.storage.StorageException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the Negotiator's e-mail outbox, oldest first, on one background thread of the node. Each e-mail goes at most
 * once, also when another dispatcher on the same database races it ({@link EmailOutbox#sendOnce}), and is marked sent
 * only once the server has taken it. When the server cannot be reached (or refuses the sign-in) the pass stops and
 * the next one waits a back-off; an e-mail the server refused waits its own back-off while the others go. Without a
 * sender (the default) nothing runs and the e-mails stay in the outbox.
 */
public final class OutboxDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    /** How often the outbox is looked at: notifications are e-mailed within seconds, the query is cheap. */
    static final Duration EVERY = Duration.ofSeconds(10);
    /** E-mails per pass at most; the next pass takes the rest. */
    static final int BATCH = 100;
    /** How long closing waits for an e-mail being sent before the database closes under it. */
    private static final long CLOSE_WAIT_SECONDS = 10;

    /** What one pass did. */
    public record Pass(int sent, int failed, int postponed) {}

    /** Failures in a row, and when to try again. */
    private record Retry(int failures, long notBefore) {}

    private final EmailOutbox outbox;
    private final MailSender sender;
    private final Clock clock;
    private final Backoff backoff;
    /** E-mails the server refused, by notification id; in memory: after a restart they are tried at once. */
    private final Map<Long, Retry> refused = new HashMap<>();
    /** Set while the server cannot be reached. */
    private Retry unreachable;

    /** Read without the lock by {@link #close()}: a pass holds the lock while it talks to the server. */
    private volatile ScheduledExecutorService scheduler;

    /** @param sender where e-mails go; null for none: {@link #runOnce()} then sends nothing */
    public OutboxDispatcher(DataSource db, MailSender sender, Clock clock, Backoff backoff) {
        this.outbox = new EmailOutbox(Objects.requireNonNull(db, "db"));
        this.sender = sender;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
    }

    /**
     * The node's dispatcher: with {@code settings}, an SMTP sender looking at the outbox every {@link #EVERY}; without
     * (null), one that does nothing.
     */
    public static OutboxDispatcher start(DataSource db, SmtpSettings settings) {
        if (settings == null) {
            return new OutboxDispatcher(db, null, Clock.systemUTC(), Backoff.DEFAULT);
        }
        OutboxDispatcher d = new OutboxDispatcher(db, new SmtpMailSender(settings), Clock.systemUTC(), Backoff.DEFAULT);
        d.every(EVERY);
        LOG.info("Negotiator e-mails are sent through {} from {}", settings.describe(), settings.from());
        return d;
    }

    /** Runs {@link #runOnce()} every {@code period} on a thread of its own, the first time after one period. */
    synchronized void every(Duration period) {
        if (scheduler != null) {
            throw new IllegalStateException("Already running");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(NamedThreads.daemon("eucaim-mail-outbox"));
        scheduler.scheduleWithFixedDelay(this::runLogged, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A failing pass must not end the schedule (an executor drops a task that throws). */
    private void runLogged() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("The e-mail outbox could not be sent: {}", e.getMessage(), e);
        }
    }

    /** Whether e-mails are sent at all. */
    public boolean sending() {
        return sender != null;
    }

    /** Sends what is due now; returns at once when there is no sender or the server's back-off has not passed. */
    public synchronized Pass runOnce() {
        if (sender == null) {
            return new Pass(0, 0, 0);
        }
        long now = clock.millis();
        if (unreachable != null && now < unreachable.notBefore()) {
            return new Pass(0, 0, 0);
        }
        int sent = 0;
        int failed = 0;
        int postponed = 0;
        List<EmailOutbox.Waiting> due = outbox.unsent(BATCH);
        for (EmailOutbox.Waiting e : due) {
            Retry r = refused.get(e.notificationId());
            if (r != null && clock.millis() < r.notBefore()) {
                postponed++;
                continue;
            }
            try {
                if (outbox.sendOnce(e, sender::send, clock::millis) == EmailOutbox.Outcome.SENT) {
                    sent++;
                    LOG.debug("Sent the e-mail of notification {} through {}", e.notificationId(), sender.describe());
                }
                refused.remove(e.notificationId());
                unreachable = null;
            } catch (MailSendException x) {
                failed++;
                if (x.onlyThisMail()) {
                    Retry next = next(r);
                    refused.put(e.notificationId(), next);
                    LOG.warn(
                            "The e-mail of notification {} was not sent: {}; trying it again in {} s",
                            e.notificationId(),
                            x.getMessage(),
                            (next.notBefore() - clock.millis()) / 1000);
                } else {
                    unreachable = next(unreachable);
                    LOG.warn(
                            "{}; {} e-mail(s) wait in the outbox, trying again in {} s",
                            x.getMessage(),
                            due.size() - sent,
                            (unreachable.notBefore() - clock.millis()) / 1000);
                    break;
                }
            } catch (StorageException x) {
                // Another sender's claim held the row too long (a lock timeout) or the database is closing.
                LOG.debug("The e-mail of notification {} is left for later: {}", e.notificationId(), x.getMessage());
                failed++;
                break;
            }
        }
        if (sent > 0) {
            LOG.info("Sent {} Negotiator e-mail(s) through {}", sent, sender.describe());
        }
        return new Pass(sent, failed, postponed);
    }

    private Retry next(Retry previous) {
        int failures = previous == null ? 1 : previous.failures() + 1;
        return new Retry(failures, clock.millis() + backoff.after(failures).toMillis());
    }

    /** Stops the schedule, waiting for an e-mail being sent. */
    @Override
    public void close() {
        ScheduledExecutorService s = scheduler;
        if (s == null) {
            return;
        }
        s.shutdown();
        try {
            if (!s.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                s.shutdownNow();
            }
        } catch (InterruptedException e) {
            s.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

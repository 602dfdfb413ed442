package eu.eucaim.workstation.client;

import eu.eucaim.workstation.common.NamedThreads;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okio.BufferedSource;

/**
 * Fails a reply's body that stops arriving: when one read has waited longer than a limit, its call is stopped
 * (cancelled) and the read throws an {@link InterruptedIOException} saying so. Time the reader spends elsewhere (its
 * own disk, say) does not count. OkHttp's read timeout does the same, but on every socket read (8 KiB) it registers
 * with Okio's watchdog thread and wakes it: for a 150 MB series reply that cost about a tenth of the CPU of fetching
 * and showing it, on the cores that read and decode it. Here a clock looks at the read in progress a few times per
 * limit.
 */
final class StallWatch {
    private static final ScheduledExecutorService CLOCK =
            Executors.newSingleThreadScheduledExecutor(NamedThreads.daemon("eucaim-http-stall-watch"));

    private StallWatch() {}

    /**
     * The bytes of {@code body}, read through this watch instead of its per-read timeout (which bounded the wait for
     * the reply's headers, and is switched off here); {@code stop} is run once it stalls, and must make the waiting
     * read fail (cancelling the call does). Closing the stream ends the watch. (Over HTTP/1.1 OkHttp also sets the
     * socket's own read timeout, which fails a stalled read at the same limit; over HTTP/2 only this watch does.)
     */
    static InputStream watch(BufferedSource body, Duration limit, Runnable stop) {
        body.timeout().timeout(0, TimeUnit.NANOSECONDS);
        return new Watched(body.inputStream(), limit, stop);
    }

    private static final class Watched extends FilterInputStream {
        private final Runnable stop;
        private final Duration limit;
        private final ScheduledFuture<?> check;
        /** When the read in progress started (System.nanoTime, never 0), or 0 between reads. */
        private volatile long readingSince;

        private volatile boolean stalled;
        private final byte[] one = new byte[1];

        Watched(InputStream in, Duration limit, Runnable stop) {
            super(in);
            this.stop = stop;
            this.limit = limit;
            long every = Math.max(10, limit.toMillis() / 4);
            this.check = CLOCK.scheduleWithFixedDelay(this::look, every, every, TimeUnit.MILLISECONDS);
        }

        private void look() {
            long since = readingSince;
            if (since != 0 && System.nanoTime() - since >= limit.toNanos()) {
                stalled = true;
                check.cancel(false);
                stop.run();
            }
        }

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0; // Okio's stream would wait for a byte first
            }
            long now = System.nanoTime();
            readingSince = now == 0 ? 1 : now;
            int n;
            try {
                n = in.read(b, off, len);
            } catch (IOException e) {
                throw stalled ? stall(e) : e;
            } finally {
                readingSince = 0;
            }
            if (n < 0 && stalled) {
                throw stall(null);
            }
            return n;
        }

        private InterruptedIOException stall(IOException cause) {
            InterruptedIOException e =
                    new InterruptedIOException("no data came for " + limit.toMillis() + " ms: the reply stalled");
            e.initCause(cause);
            return e;
        }

        @Override
        public void close() throws IOException {
            check.cancel(false);
            super.close();
        }
    }
}

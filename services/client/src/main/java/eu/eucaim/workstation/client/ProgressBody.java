package eu.eucaim.workstation.client;

import java.io.IOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;

/** A request body that tells an {@link UploadProgress} how much of it has been sent, at a pace a UI can follow. */
final class ProgressBody extends RequestBody {
    /** Often enough for a smooth bar, rarely enough not to flood the FX thread (OkHttp writes 8 KiB at a time). */
    static final Duration INTERVAL = Duration.ofMillis(100);

    private final RequestBody body;
    private final UploadProgress listener;

    ProgressBody(RequestBody body, UploadProgress listener) {
        this.body = body;
        this.listener = listener;
    }

    @Override
    public MediaType contentType() {
        return body.contentType();
    }

    @Override
    public long contentLength() throws IOException {
        return body.contentLength();
    }

    @Override
    public boolean isOneShot() {
        return body.isOneShot();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        // A counter per write: a body sent again after a 401 counts from zero.
        Counting counting = new Counting(sink, contentLength());
        BufferedSink buffered = Okio.buffer(counting);
        body.writeTo(buffered);
        buffered.emit();
        counting.finish();
    }

    private final class Counting extends ForwardingSink {
        private final long total;
        private long sent;
        private long reported = -1;
        private long lastReport;

        Counting(BufferedSink sink, long total) {
            super(sink);
            this.total = total;
        }

        @Override
        public void write(Buffer source, long byteCount) throws IOException {
            super.write(source, byteCount);
            sent += byteCount;
            long now = System.nanoTime();
            if (reported < 0 || sent == total || now - lastReport >= INTERVAL.toNanos()) {
                report(now);
            }
        }

        void finish() throws CarriedFailure {
            if (reported != sent) {
                report(System.nanoTime());
            }
        }

        private void report(long now) throws CarriedFailure {
            reported = sent;
            lastReport = now;
            try {
                listener.sent(sent, total);
            } catch (RuntimeException e) {
                // The listener's own bug: fail this call with it rather than kill OkHttp's thread.
                throw new CarriedFailure(e);
            }
        }
    }
}

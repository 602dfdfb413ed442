package eu.eucaim.workstation.node.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Ends a request body that states its length once that many bytes are read, without asking Jetty for more.
 *
 * <p>Jetty checks the minimum body data rate on every read, also the one that only finds the end, and measures it
 * from the first byte to that read: a 2-byte body read whole was cut off with 408 when the reader paused 3 ms (a
 * collection, a busy machine) before looking for its end. A body read whole cannot be slow, so that read never
 * reaches Jetty; every read before the end still does, so a body that trickles is cut off as before.
 */
final class KnownLengthBodies implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && http.getContentLengthLong() >= 0) {
            chain.doFilter(new Wrapped(http), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class Wrapped extends HttpServletRequestWrapper {
        private EndingAtLength body;

        Wrapped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new EndingAtLength(super.getInputStream(), getContentLengthLong());
            }
            return body;
        }
    }

    /** The request's stream, ending after {@code length} bytes; a body sent shorter still fails in Jetty's read. */
    static final class EndingAtLength extends ServletInputStream {
        private final ServletInputStream in;
        private long left;

        EndingAtLength(ServletInputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left == 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (left == 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            return left == 0 ? 0 : (int) Math.min(in.available(), left);
        }

        @Override
        public boolean isFinished() {
            return left == 0 || in.isFinished();
        }

        @Override
        public boolean isReady() {
            return left == 0 || in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}

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
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;

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

    /**
     * The request's stream, ending after {@code length} bytes. A body that ends sooner (the client closed its side)
     * is a 400 saying so: Jetty's early end of file would reach Javalin as a client gone, answered 500.
     */
    static final class EndingAtLength extends ServletInputStream {
        private final ServletInputStream in;
        private final long length;
        private long left;

        EndingAtLength(ServletInputStream in, long length) {
            this.in = in;
            this.length = length;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (left == 0) {
                return -1;
            }
            int n;
            try {
                n = in.read(b, off, (int) Math.min(len, left));
            } catch (EofException e) {
                n = -1;
            }
            if (n < 0) {
                throw new BadMessageException(
                        400, "the body ended after " + (length - left) + " of the " + length + " bytes it said");
            }
            left -= n;
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

package eu.eucaim.workstation.client;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain sockets whose input is read from the network up to {@value #READ_AHEAD} bytes at a time. OkHttp (Okio)
 * reads a socket 8 KiB at a time, one system call each: a 150 MB series reply took about 19,000 of them, and reading
 * it through OkHttp cost 80-110 ms of CPU, 40-50 ms with these sockets (measured on loopback, the node serving the
 * 300-slice CT). Okio's 8 KiB reads are served from memory and the socket is asked for whatever has arrived, up to
 * the buffer's size. TLS is layered over these sockets by OkHttp as over any other, and the JDK's TLS socket reads
 * the layered socket's input stream, so it reads through the same buffer.
 */
final class ReadAheadSockets extends SocketFactory {
    /** Bytes asked of the socket per read: several TCP segments' worth, small beside a connection's other costs. */
    static final int READ_AHEAD = 128 * 1024;

    @Override
    public Socket createSocket() {
        return new ReadAheadSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(null, new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(localHost, localPort), new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(null, new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(localAddress, localPort), new InetSocketAddress(address, port));
    }

    private static Socket connected(InetSocketAddress local, InetSocketAddress remote) throws IOException {
        Socket socket = new ReadAheadSocket();
        try {
            if (local != null) {
                socket.bind(local);
            }
            socket.connect(remote);
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** A socket whose one input stream reads ahead; everything else is the plain socket's. */
    static final class ReadAheadSocket extends Socket {
        private InputStream in;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            InputStream raw = super.getInputStream(); // throws as a plain socket does when closed or not connected
            if (in == null) {
                in = new BufferedInputStream(raw, READ_AHEAD);
            }
            return in;
        }
    }
}

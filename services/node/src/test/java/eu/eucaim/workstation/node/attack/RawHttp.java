package eu.eucaim.workstation.node.attack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Requests written byte by byte, as a broken or hostile client sends them, and the status and body they get. */
public final class RawHttp {
    public record Answer(int status, String head, String body) {}

    private RawHttp() {}

    public static Answer send(URI base, String request) throws IOException {
        return send(base, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static Answer send(URI base, byte[] request) throws IOException {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    out.write(buffer, 0, n);
                }
            } catch (java.net.SocketException resetAfterTheAnswer) {
                // the node may close the connection while the rest of a refused body is still on its way
            }
            String text = out.toString(StandardCharsets.ISO_8859_1);
            int headEnd = text.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? text : text.substring(0, headEnd);
            String body = headEnd < 0 ? "" : text.substring(headEnd + 4);
            int status = head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new Answer(status, head, body);
        }
    }
}

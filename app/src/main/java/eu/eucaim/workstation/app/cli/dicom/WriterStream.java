package eu.eucaim.workstation.app.cli.dicom;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 bytes into picocli's PrintWriter (so tests can capture output with CommandLine.setOut/setErr). */
final class WriterStream extends OutputStream {

    private final PrintWriter writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, pending.remaining());
            pending.put(b, off, n);
            off += n;
            len -= n;
            drain();
        }
    }

    private void drain() {
        pending.flip();
        CoderResult r;
        do {
            r = decoder.decode(pending, chars, false);
            chars.flip();
            writer.append(chars);
            chars.clear();
        } while (r.isOverflow());
        pending.compact(); // keeps an incomplete UTF-8 sequence for the next write
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }
}

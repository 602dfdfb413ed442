package eu.eucaim.workstation.dicom.image;

import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A decoded frame's samples as little-endian bytes, 1, 2 or 4 per sample as the frame holds them (colour
 * pixel-interleaved): the layout of {@code eucaim dicom pixels} and of numpy's {@code tobytes()} on "&lt;u2"...
 */
public final class StoredSamples {
    private StoredSamples() {
    }

    public static byte[] littleEndian(DecodedFrame frame) {
        if (frame.bytes() != null) {
            return frame.bytes().clone();
        }
        if (frame.shorts() != null) {
            ByteBuffer b = ByteBuffer.allocate(frame.shorts().length * 2).order(ByteOrder.LITTLE_ENDIAN);
            b.asShortBuffer().put(frame.shorts());
            return b.array();
        }
        ByteBuffer b = ByteBuffer.allocate(frame.ints().length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(frame.ints());
        return b.array();
    }
}

package eu.eucaim.workstation.dicom.image;

import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A decoded frame's samples as little-endian bytes, 1, 2 or 4 per sample as the frame holds them (colour
 * pixel-interleaved): the layout of {@code eucaim dicom pixels} and of numpy's {@code tobytes()} on "&lt;u2"...
 */
public final class StoredSamples {
    private StoredSamples() {}

    public static byte[] littleEndian(DecodedFrame frame) {
        if (frame.bytes() != null) {
            return frame.bytes().clone();
        }
        return frame.shorts() != null ? littleEndian(frame.shorts()) : littleEndian(frame.ints());
    }

    public static byte[] littleEndian(short[] samples) {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.asShortBuffer().put(samples);
        return b.array();
    }

    public static byte[] littleEndian(int[] samples) {
        ByteBuffer b = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(samples);
        return b.array();
    }
}

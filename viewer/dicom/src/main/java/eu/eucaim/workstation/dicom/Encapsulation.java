package eu.eucaim.workstation.dicom;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Builds encapsulated pixel data from compressed frames: one fragment per frame plus a Basic Offset Table. */
public final class Encapsulation {

    private Encapsulation() {}

    /**
     * Frames of odd length get a trailing zero byte (fragments have even length, PS3.5 A.4); the offset table
     * holds the offset of each frame's item from the first fragment's item.
     */
    public static Value.Fragments fromFrames(List<byte[]> frames) {
        ByteBuffer table = ByteBuffer.allocate(4 * frames.size()).order(ByteOrder.LITTLE_ENDIAN);
        List<Value.Chunk> fragments = new ArrayList<>(frames.size());
        long offset = 0;
        for (byte[] frame : frames) {
            byte[] even = (frame.length & 1) == 0 ? frame : java.util.Arrays.copyOf(frame, frame.length + 1);
            table.putInt((int) offset);
            offset += 8 + even.length;
            fragments.add(new Value.InMemory(even));
        }
        return new Value.Fragments(new Value.InMemory(table.array()), fragments);
    }
}

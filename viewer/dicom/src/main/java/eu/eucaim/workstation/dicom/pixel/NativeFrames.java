package eu.eucaim.workstation.dicom.pixel;

/**
 * Cuts one frame out of a native Pixel Data value. Frames of 1-bit data need not start on a byte boundary
 * (PS3.5 8.1.1: frames follow each other bit by bit), so such a frame is re-packed to start at bit 0.
 */
public final class NativeFrames {
    private NativeFrames() {}

    public static byte[] frame(PixelFormat format, byte[] pixelData, int frameIndex) {
        if (frameIndex < 0 || frameIndex >= format.numberOfFrames()) {
            throw new PixelDataException("Frame index " + frameIndex + " is outside 0.." + (format.numberOfFrames() - 1)
                    + " (NumberOfFrames " + format.numberOfFrames() + ")");
        }
        long frameBits =
                format.bitsAllocated() == 1 ? (long) format.pixelsPerFrame() : (long) format.nativeFrameLength() * 8;
        long startBit = frameBits * frameIndex;
        long endBit = startBit + frameBits;
        if ((endBit + 7) / 8 > pixelData.length) {
            throw new PixelDataException("Pixel Data has " + pixelData.length + " bytes, frame " + frameIndex
                    + " needs bytes up to " + (endBit + 7) / 8);
        }
        int length = (int) ((frameBits + 7) / 8);
        byte[] out = new byte[length];
        int shift = (int) (startBit & 7);
        int start = (int) (startBit >>> 3);
        if (shift == 0) {
            System.arraycopy(pixelData, start, out, 0, length);
            return out;
        }
        for (int i = 0; i < length; i++) {
            int lo = (pixelData[start + i] & 0xFF) >>> shift;
            int hi = start + i + 1 < pixelData.length ? (pixelData[start + i + 1] & 0xFF) << (8 - shift) : 0;
            out[i] = (byte) (lo | hi);
        }
        return out;
    }
}

package eu.eucaim.workstation.dicom.pixel;

/**
 * Masks samples to BitsStored and sign-extends them from HighBit (PS3.5 8.1.1), in place. One shift pair per
 * sample: shifting HighBit up to bit 31 drops the bits above it (overlays, garbage), shifting back down by
 * 32 - BitsStored keeps BitsStored bits with an arithmetic (signed) or logical (unsigned) shift.
 * The loop is repeated per primitive array type on purpose (tight loops, no boxing).
 */
final class StoredValues {
    private StoredValues() {}

    static boolean needsNormalising(PixelFormat f) {
        return f.bitsStored() < f.bitsAllocated() || f.highBit() != f.bitsAllocated() - 1;
    }

    static void normalise(byte[] a, int bitsStored, int highBit, boolean signed) {
        int left = 31 - highBit;
        int right = 32 - bitsStored;
        if (signed) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (byte) ((a[i] << left) >> right);
            }
        } else {
            for (int i = 0; i < a.length; i++) {
                a[i] = (byte) ((a[i] << left) >>> right);
            }
        }
    }

    static void normalise(short[] a, int bitsStored, int highBit, boolean signed) {
        int left = 31 - highBit;
        int right = 32 - bitsStored;
        if (signed) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (short) ((a[i] << left) >> right);
            }
        } else {
            for (int i = 0; i < a.length; i++) {
                a[i] = (short) ((a[i] << left) >>> right);
            }
        }
    }

    static void normalise(int[] a, int bitsStored, int highBit, boolean signed) {
        int left = 31 - highBit;
        int right = 32 - bitsStored;
        if (signed) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (a[i] << left) >> right;
            }
        } else {
            for (int i = 0; i < a.length; i++) {
                a[i] = (a[i] << left) >>> right;
            }
        }
    }

    /** Normalises whichever array the frame holds, using the frame's own format. */
    static void normalise(DecodedFrame frame) {
        PixelFormat f = frame.format();
        if (!needsNormalising(f)) {
            return;
        }
        if (frame.bytes() != null) {
            normalise(frame.bytes(), f.bitsStored(), f.highBit(), f.signed());
        } else if (frame.shorts() != null) {
            normalise(frame.shorts(), f.bitsStored(), f.highBit(), f.signed());
        } else {
            normalise(frame.ints(), f.bitsStored(), f.highBit(), f.signed());
        }
    }
}

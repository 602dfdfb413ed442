package eu.eucaim.workstation.dicom.pixel;

import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * Copies the samples of a decoded {@link Raster} into the array type BitsAllocated asks for, then masks and
 * sign-extends them from BitsStored. Codecs hand back the sample values themselves (not bit positions), so
 * the high bit used is BitsStored - 1.
 */
final class RasterSamples {
    private RasterSamples() {}

    static DecodedFrame toFrame(Raster raster, PixelFormat f, int frameIndex, String codec) {
        if (raster.getWidth() != f.columns()
                || raster.getHeight() != f.rows()
                || raster.getNumBands() != f.samplesPerPixel()) {
            throw new PixelDataException(codec + " frame " + frameIndex + " is " + raster.getWidth() + "x"
                    + raster.getHeight() + " with " + raster.getNumBands() + " components, but the data set says "
                    + f.columns() + "x" + f.rows() + " with SamplesPerPixel " + f.samplesPerPixel());
        }
        if (f.bitsAllocated() == 1 || f.bitsAllocated() == 32) {
            throw new PixelDataException(codec + " frame " + frameIndex + ": BitsAllocated " + f.bitsAllocated()
                    + " is not supported for this transfer syntax");
        }
        PixelFormat out = f.withBits(f.bitsAllocated(), f.bitsStored(), f.pixelRepresentation())
                .withPlanarConfiguration(0);
        int n = f.samplesPerFrame();
        DecodedFrame frame;
        Object direct = directArray(raster, n);
        if (f.bitsAllocated() == 8) {
            byte[] a = direct instanceof byte[] b ? b.clone() : toBytes(pixels(raster));
            frame = DecodedFrame.of(out, frameIndex, a);
        } else {
            short[] a = direct instanceof short[] s ? s.clone() : toShorts(direct, raster);
            frame = DecodedFrame.of(out, frameIndex, a);
        }
        StoredValues.normalise(frame);
        return frame;
    }

    /** Sample values already in an int[] (pixel-interleaved), as from {@link SequentialDctDecoder}. */
    static DecodedFrame toFrame(int[] samples, PixelFormat f, int frameIndex) {
        PixelFormat out = f.withBits(f.bitsAllocated(), f.bitsStored(), f.pixelRepresentation())
                .withPlanarConfiguration(0);
        DecodedFrame frame = f.bitsAllocated() == 8
                ? DecodedFrame.of(out, frameIndex, toBytes(samples))
                : DecodedFrame.of(out, frameIndex, toShorts(samples));
        StoredValues.normalise(frame);
        return frame;
    }

    /** The backing array when the raster is a plain, tightly packed, pixel-interleaved buffer; else null. */
    private static Object directArray(Raster r, int n) {
        if (!(r.getSampleModel() instanceof PixelInterleavedSampleModel sm)
                || r.getSampleModelTranslateX() != 0
                || r.getSampleModelTranslateY() != 0
                || sm.getPixelStride() != r.getNumBands()
                || sm.getScanlineStride() != r.getWidth() * r.getNumBands()
                || r.getDataBuffer().getNumBanks() != 1
                || r.getDataBuffer().getOffset() != 0) {
            return null;
        }
        int[] offsets = sm.getBandOffsets();
        for (int b = 0; b < offsets.length; b++) {
            if (offsets[b] != b) {
                return null;
            }
        }
        DataBuffer db = r.getDataBuffer();
        Object a = db instanceof DataBufferByte bb
                ? bb.getData()
                : db instanceof DataBufferUShort us ? us.getData() : null;
        int length = a instanceof byte[] b ? b.length : a instanceof short[] s ? s.length : -1;
        return length == n ? a : null;
    }

    private static int[] pixels(Raster r) {
        return r.getPixels(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight(), (int[]) null);
    }

    private static short[] toShorts(Object direct, Raster r) {
        if (direct instanceof byte[] b) {
            short[] out = new short[b.length];
            for (int i = 0; i < b.length; i++) {
                out[i] = (short) (b[i] & 0xFF);
            }
            return out;
        }
        return toShorts(pixels(r));
    }

    private static short[] toShorts(int[] p) {
        short[] out = new short[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = (short) p[i];
        }
        return out;
    }

    private static byte[] toBytes(int[] p) {
        byte[] out = new byte[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = (byte) p[i];
        }
        return out;
    }
}

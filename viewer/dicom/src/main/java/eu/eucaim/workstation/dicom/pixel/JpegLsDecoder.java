package eu.eucaim.workstation.dicom.pixel;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import eu.eucaim.workstation.dicom.TransferSyntax;

/**
 * JPEG-LS (ITU T.87) through Debian's libcharls2 via JNA; a decoder instance per call, so it is thread-safe.
 * Without the library the syntax is reported as unsupported, naming the missing package.
 */
final class JpegLsDecoder {
    private static final CharLs.Loaded CHARLS = CharLs.load();
    private static final int INTERLEAVE_NONE = 0;

    private JpegLsDecoder() {}

    static boolean available() {
        return CHARLS.library() != null;
    }

    static DecodedFrame decode(TransferSyntax ts, PixelFormat f, int frameIndex, byte[] data) {
        CharLs charls = CHARLS.library();
        if (charls == null) {
            throw new UnsupportedTransferSyntaxException(ts
                    + " needs the CharLS library (Debian package libcharls2), which could not be loaded: "
                    + CHARLS.problem());
        }
        if (data.length == 0) {
            throw new PixelDataException("JPEG-LS frame " + frameIndex + " is empty");
        }
        Pointer decoder = charls.charls_jpegls_decoder_create();
        if (decoder == null) {
            throw new PixelDataException("CharLS could not create a JPEG-LS decoder");
        }
        try (Memory source = new Memory(data.length)) {
            source.write(0, data, 0, data.length);
            check(charls, charls.charls_jpegls_decoder_set_source_buffer(decoder, source, data.length), frameIndex);
            check(charls, charls.charls_jpegls_decoder_read_header(decoder), frameIndex);
            CharLs.FrameInfo info = new CharLs.FrameInfo();
            check(charls, charls.charls_jpegls_decoder_get_frame_info(decoder, info), frameIndex);
            if (info.width != f.columns() || info.height != f.rows() || info.componentCount != f.samplesPerPixel()) {
                throw new PixelDataException("JPEG-LS frame " + frameIndex + " is " + info.width + "x" + info.height
                        + " with " + info.componentCount + " components, but the data set says " + f.columns()
                        + "x" + f.rows() + " with SamplesPerPixel " + f.samplesPerPixel());
            }
            IntByReference interleave = new IntByReference();
            check(charls, charls.charls_jpegls_decoder_get_interleave_mode(decoder, interleave), frameIndex);
            LongByReference size = new LongByReference();
            check(charls, charls.charls_jpegls_decoder_get_destination_size(decoder, 0, size), frameIndex);
            try (Memory destination = new Memory(size.getValue())) {
                check(
                        charls,
                        charls.charls_jpegls_decoder_decode_to_buffer(decoder, destination, size.getValue(), 0),
                        frameIndex);
                return toFrame(f, frameIndex, info, interleave.getValue() == INTERLEAVE_NONE, destination);
            }
        } finally {
            charls.charls_jpegls_decoder_destroy(decoder);
        }
    }

    /** CharLS writes 2..8-bit samples as bytes, 9..16-bit as native-order 16-bit words; mode none is planar. */
    private static DecodedFrame toFrame(
            PixelFormat f, int frameIndex, CharLs.FrameInfo info, boolean planar, Memory out) {
        int n = f.samplesPerFrame();
        int pixels = f.pixelsPerFrame();
        int spp = f.samplesPerPixel();
        boolean bytes = info.bitsPerSample <= 8;
        PixelFormat format = f.withBits(f.bitsAllocated(), f.bitsStored(), f.pixelRepresentation())
                .withPlanarConfiguration(0);
        DecodedFrame frame;
        if (f.bitsAllocated() == 8 && bytes) {
            byte[] a = out.getByteArray(0, n);
            frame = DecodedFrame.of(format, frameIndex, planar && spp > 1 ? Planar.interleave(a, pixels, spp) : a);
        } else if (f.bitsAllocated() == 16) {
            short[] a = new short[n];
            if (bytes) {
                byte[] b = out.getByteArray(0, n);
                for (int i = 0; i < n; i++) {
                    a[i] = (short) (b[i] & 0xFF);
                }
            } else {
                out.read(0, a, 0, n);
            }
            frame = DecodedFrame.of(format, frameIndex, planar && spp > 1 ? Planar.interleave(a, pixels, spp) : a);
        } else {
            throw new PixelDataException("JPEG-LS frame " + frameIndex + " has " + info.bitsPerSample
                    + "-bit samples, which do not fit BitsAllocated " + f.bitsAllocated());
        }
        StoredValues.normalise(frame);
        return frame;
    }

    private static void check(CharLs charls, int error, int frameIndex) {
        if (error != 0) {
            throw new PixelDataException("JPEG-LS frame " + frameIndex + " cannot be decoded: CharLS error " + error
                    + " (" + charls.charls_get_error_message(error) + ")");
        }
    }
}

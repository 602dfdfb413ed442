package eu.eucaim.workstation.dicom.pixel;

import eu.eucaim.workstation.dicom.TransferSyntax;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Entry point: decodes one frame of Pixel Data into stored values ({@link DecodedFrame}), colour frames into
 * pixel-interleaved RGB. Stateless and thread-safe.
 *
 * <p>{@code frameBytes} is, for native syntaxes, the frame's bytes (see {@link NativeFrames#frame}); for
 * encapsulated syntaxes, the frame's fragments concatenated. {@code nativeOrder} is the byte order of native
 * samples (big endian only for 1.2.840.10008.1.2.2); compressed streams define their own.
 */
public final class FrameDecoder {
    private FrameDecoder() {}

    /** Whether frames in this transfer syntax can be decoded here (JPEG-LS only when libcharls2 loads). */
    public static boolean supports(String transferSyntaxUid) {
        return switch (TransferSyntax.of(transferSyntaxUid).family()) {
            case NATIVE, RLE, JPEG, JPEG_2000 -> true;
            case JPEG_LS -> JpegLsDecoder.available();
            case UNSUPPORTED -> false;
        };
    }

    /** Which implementation decodes frames of this syntax here (e.g. "OpenJPEG (libopenjp2)"), for reports. */
    public static String implementation(String transferSyntaxUid) {
        return switch (TransferSyntax.of(transferSyntaxUid).family()) {
            case NATIVE -> "native";
            case RLE -> "RLE (own)";
            case JPEG -> "JPEG (own lossless and 12-bit DCT decoders, TwelveMonkeys/JDK otherwise)";
            case JPEG_LS -> JpegLsDecoder.available() ? "CharLS (libcharls2)" : "none (libcharls2 not loaded)";
            case JPEG_2000 -> Jpeg2000Decoder.implementation();
            case UNSUPPORTED -> "none";
        };
    }

    public static DecodedFrame decode(
            String transferSyntaxUid, PixelFormat format, int frameIndex, byte[] frameBytes, ByteOrder nativeOrder) {
        return decode(transferSyntaxUid, format, frameIndex, frameBytes, nativeOrder, null);
    }

    /**
     * As {@link #decode(String, PixelFormat, int, byte[], ByteOrder)}; PALETTE COLOR frames are expanded to RGB
     * through {@code palette}, or returned as indices when it is null.
     */
    public static DecodedFrame decode(
            String transferSyntaxUid,
            PixelFormat format,
            int frameIndex,
            byte[] frameBytes,
            ByteOrder nativeOrder,
            PaletteColorLut palette) {
        TransferSyntax ts = TransferSyntax.of(transferSyntaxUid);
        if (!ts.isKnown()) {
            throw new UnsupportedTransferSyntaxException("Cannot decode pixel data in " + ts);
        }
        if (frameBytes == null || (nativeOrder == null && ts.family() == TransferSyntax.Family.NATIVE)) {
            throw new PixelDataException("Frame " + frameIndex + ": "
                    + (frameBytes == null ? "no frame bytes" : "no byte order for native pixel data") + " given");
        }
        checkFrameIndex(format, frameIndex);
        DecodedFrame frame = switch (ts.family()) {
            case NATIVE -> NativeDecoder.decode(format, frameIndex, frameBytes, nativeOrder);
            case RLE -> RleDecoder.decode(format, frameIndex, frameBytes);
            case JPEG -> JpegDecoder.decode(format, frameIndex, frameBytes);
            case JPEG_LS -> JpegLsDecoder.decode(ts, format, frameIndex, frameBytes);
            case JPEG_2000 -> Jpeg2000Decoder.decode(format, frameIndex, frameBytes);
            case UNSUPPORTED ->
                throw new UnsupportedTransferSyntaxException(
                        "Cannot decode pixel data in " + ts + ": no decoder for this transfer syntax");
        };
        return toPresentationColour(frame, palette);
    }

    /**
     * A native (uncompressed) frame from a buffer: its remaining bytes are the frame's, as in
     * {@link NativeFrames#frame} (1-bit frames starting at bit 0); the buffer's position is left alone. The
     * buffer may be a reused direct one: the samples are copied out, nothing keeps a reference to it.
     */
    public static DecodedFrame decodeNative(
            PixelFormat format, int frameIndex, ByteBuffer frame, ByteOrder order, PaletteColorLut palette) {
        checkFrameIndex(format, frameIndex);
        return toPresentationColour(NativeDecoder.decode(format, frameIndex, frame, order), palette);
    }

    private static void checkFrameIndex(PixelFormat format, int frameIndex) {
        if (frameIndex < 0 || frameIndex >= format.numberOfFrames()) {
            throw new PixelDataException("Frame index " + frameIndex + " is outside 0.." + (format.numberOfFrames() - 1)
                    + " (NumberOfFrames " + format.numberOfFrames() + ")");
        }
    }

    private static DecodedFrame toPresentationColour(DecodedFrame frame, PaletteColorLut palette) {
        return switch (frame.format().photometric()) {
            case YBR_FULL, YBR_FULL_422 -> ColorConversion.ybrFullToRgb(frame);
            // Decoders have already undone the RCT/ICT; the samples are RGB.
            case YBR_ICT, YBR_RCT ->
                new DecodedFrame(
                        frame.format().withPhotometric(Photometric.RGB.dicomName(), 0),
                        frame.frameIndex(),
                        frame.bytes(),
                        frame.shorts(),
                        frame.ints());
            case YBR_PARTIAL_422, YBR_PARTIAL_420 ->
                throw new PixelDataException("PhotometricInterpretation "
                        + frame.format().photometricInterpretation() + " cannot be converted to RGB");
            case PALETTE_COLOR -> palette == null ? frame : ColorConversion.paletteToRgb(frame, palette);
            default -> frame;
        };
    }
}

package eu.eucaim.workstation.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.dicom.TransferSyntax;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** Native frames with hand-computed values. */
class NativeDecoderTest {
    private static final String EXPLICIT_LE = TransferSyntax.EXPLICIT_VR_LE.uid();
    private static final String BIG = TransferSyntax.EXPLICIT_VR_BE.uid();

    private static DecodedFrame decode(PixelFormat f, byte[] data) {
        return FrameDecoder.decode(EXPLICIT_LE, f, 0, data, ByteOrder.LITTLE_ENDIAN);
    }

    private static long[] samples(DecodedFrame d) {
        long[] out = new long[d.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = d.sample(i);
        }
        return out;
    }

    @Test
    void signExtends12BitsStoredIn16FromHighBit() {
        PixelFormat f = PixelFormat.monochrome(1, 4, 16, 12, true);
        // 0x0FFF, 0x0800, 0x07FF, 0xF7FF (garbage above bit 11 must be dropped)
        byte[] data = {(byte) 0xFF, 0x0F, 0x00, 0x08, (byte) 0xFF, 0x07, (byte) 0xFF, (byte) 0xF7};
        DecodedFrame d = decode(f, data);
        assertThat(samples(d)).containsExactly(-1, -2048, 2047, 2047);
        assertThat(d.shorts()).isNotNull();
    }

    @Test
    void masksUnsigned12BitsStoredIn16() {
        PixelFormat f = PixelFormat.monochrome(1, 2, 16, 12, false);
        DecodedFrame d = decode(f, new byte[] {(byte) 0xFF, (byte) 0xFF, 0x34, 0x12});
        assertThat(samples(d)).containsExactly(4095, 0x234);
    }

    @Test
    void shiftsDownWhenHighBitIsAboveBitsStoredMinusOne() {
        // 12 bits stored in bits 4..15 (HighBit 15): 0xFFF0 is 4095, 0x8000 signed is -2048
        PixelFormat unsigned = new PixelFormat(1, 1, 1, 16, 12, 15, 0, "MONOCHROME2", 0, 1);
        assertThat(decode(unsigned, new byte[] {(byte) 0xF0, (byte) 0xFF}).sample(0))
                .isEqualTo(4095);
        PixelFormat signed = new PixelFormat(1, 1, 1, 16, 12, 15, 1, "MONOCHROME2", 0, 1);
        assertThat(decode(signed, new byte[] {0x00, (byte) 0x80}).sample(0)).isEqualTo(-2048);
    }

    @Test
    void reads8BitSignedAndUnsigned() {
        byte[] data = {(byte) 0xFF, 0x7F, (byte) 0x80};
        assertThat(samples(decode(PixelFormat.monochrome(1, 3, 8, 8, false), data)))
                .containsExactly(255, 127, 128);
        assertThat(samples(decode(PixelFormat.monochrome(1, 3, 8, 8, true), data)))
                .containsExactly(-1, 127, -128);
    }

    @Test
    void readsBigEndian16And32Bit() {
        DecodedFrame d16 = FrameDecoder.decode(
                BIG, PixelFormat.monochrome(1, 1, 16, 16, false), 0, new byte[] {0x01, 0x02}, ByteOrder.BIG_ENDIAN);
        assertThat(d16.sample(0)).isEqualTo(0x0102);
        DecodedFrame d32 = FrameDecoder.decode(
                BIG,
                PixelFormat.monochrome(1, 1, 32, 32, false),
                0,
                new byte[] {(byte) 0xFF, 0, 0, 1},
                ByteOrder.BIG_ENDIAN);
        assertThat(d32.sample(0)).isEqualTo(0xFF000001L);
        assertThat(d32.ints()).isNotNull();
    }

    @Test
    void decodesFromADirectBufferInEitherByteOrderFromItsPosition() {
        // As a reused per-thread buffer: direct, larger than the frame, the frame's bytes between position and limit.
        ByteBuffer big = ByteBuffer.allocateDirect(16);
        big.put(new byte[] {9, 9, 9, 0x01, 0x02, (byte) 0x80, 0x00, 0x7F})
                .flip()
                .position(3);
        DecodedFrame be = FrameDecoder.decodeNative(
                PixelFormat.monochrome(1, 2, 16, 12, true), 0, big, ByteOrder.BIG_ENDIAN, null);
        assertThat(samples(be)).containsExactly(0x102, 0);
        assertThat(big.position()).isEqualTo(3);
        DecodedFrame le = FrameDecoder.decodeNative(
                PixelFormat.monochrome(1, 2, 16, 16, true), 0, big, ByteOrder.LITTLE_ENDIAN, null);
        assertThat(samples(le)).containsExactly(0x0201, 0x80);
        // Odd-length 8-bit frame, and a limit that cuts the frame short names both lengths.
        DecodedFrame odd = FrameDecoder.decodeNative(
                PixelFormat.monochrome(1, 3, 8, 8, false),
                0,
                big.duplicate().position(5),
                ByteOrder.LITTLE_ENDIAN,
                null);
        assertThat(samples(odd)).containsExactly(0x80, 0, 0x7F);
        assertThatThrownBy(() -> FrameDecoder.decodeNative(
                        PixelFormat.monochrome(2, 2, 16, 16, false),
                        0,
                        big.duplicate().position(3).limit(7),
                        ByteOrder.LITTLE_ENDIAN,
                        null))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("has 4 bytes, expected 8 bytes");
    }

    @Test
    void unpacksOneBitLeastSignificantBitFirst() {
        PixelFormat f = PixelFormat.monochrome(2, 5, 1, 1, false);
        // pixels 0..7 from 0b1010_0101, pixels 8..9 from the low bits of 0b0000_0010
        DecodedFrame d = decode(f, new byte[] {(byte) 0b1010_0101, 0b0000_0010});
        assertThat(samples(d)).containsExactly(1, 0, 1, 0, 0, 1, 0, 1, 0, 1);
        assertThat(d.format().bitsAllocated()).isEqualTo(8);
    }

    @Test
    void cutsOneBitFramesThatDoNotStartOnAByte() {
        // Three 1x3 frames = 9 bits: frame 1 is bits 3..5, frame 2 bits 6..8
        PixelFormat f = new PixelFormat(1, 3, 1, 1, 1, 0, 0, "MONOCHROME2", 0, 3);
        byte[] pixelData = {(byte) 0b1011_0111, 0b0000_0001};
        assertThat(samples(decode(f, NativeFrames.frame(f, pixelData, 0)))).containsExactly(1, 1, 1);
        assertThat(samples(decode(f, NativeFrames.frame(f, pixelData, 1)))).containsExactly(0, 1, 1);
        assertThat(samples(decode(f, NativeFrames.frame(f, pixelData, 2)))).containsExactly(0, 1, 1);
    }

    @Test
    void interleavesPlanarConfigurationOne() {
        PixelFormat f = new PixelFormat(1, 2, 3, 8, 8, 7, 0, "RGB", 1, 1);
        DecodedFrame d = decode(f, new byte[] {1, 2, 3, 4, 5, 6});
        assertThat(samples(d)).containsExactly(1, 3, 5, 2, 4, 6);
        assertThat(d.format().planarConfiguration()).isZero();
    }

    @Test
    void expandsYbrFull422AndConvertsToRgb() {
        PixelFormat f = new PixelFormat(1, 4, 3, 8, 8, 7, 0, "YBR_FULL_422", 0, 1);
        // pair 1: Y 100, 200, neutral chroma; pair 2: Y 100, 100, Cb 128, Cr 228
        DecodedFrame d =
                decode(f, new byte[] {100, (byte) 200, (byte) 128, (byte) 128, 100, 100, (byte) 128, (byte) 228});
        // R = Y + 1.402 (Cr - 128) = 240.2; G = Y - 0.714136 (Cr - 128) = 28.59; B = Y
        assertThat(samples(d)).containsExactly(100, 100, 100, 200, 200, 200, 240, 29, 100, 240, 29, 100);
        assertThat(d.format().photometricInterpretation()).isEqualTo("RGB");
    }

    @Test
    void convertsYbrFullCbToBlue() {
        PixelFormat f = new PixelFormat(1, 1, 3, 8, 8, 7, 0, "YBR_FULL", 0, 1);
        // B = Y + 1.772 (Cb - 128) = 50 + 1.772 * 50 = 138.6; G = 50 - 0.344136 * 50 = 32.79
        DecodedFrame d = decode(f, new byte[] {50, (byte) 178, (byte) 128});
        assertThat(samples(d)).containsExactly(50, 33, 139);
    }

    @Test
    void truncatedFrameNamesExpectedAndActualLength() {
        PixelFormat f = PixelFormat.monochrome(4, 4, 16, 16, false);
        assertThatThrownBy(() -> decode(f, new byte[10]))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("has 10 bytes, expected 32 bytes");
    }

    @Test
    void frameIndexOutOfRangeIsReported() {
        PixelFormat f = PixelFormat.monochrome(1, 1, 8, 8, false);
        assertThatThrownBy(() -> FrameDecoder.decode(EXPLICIT_LE, f, 1, new byte[1], ByteOrder.LITTLE_ENDIAN))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("NumberOfFrames 1");
    }

    @Test
    void minMaxReadsSignedness() {
        DecodedFrame d =
                decode(PixelFormat.monochrome(1, 2, 16, 16, true), new byte[] {(byte) 0xFF, (byte) 0xFF, 5, 0});
        assertThat(d.minMax()).containsExactly(-1, 5);
    }
}

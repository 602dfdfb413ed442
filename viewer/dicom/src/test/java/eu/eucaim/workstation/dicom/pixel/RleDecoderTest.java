package eu.eucaim.workstation.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.dicom.TransferSyntax;
import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** RLE Lossless frames built by hand from PS3.5 Annex G. */
class RleDecoderTest {
    private static final String RLE = TransferSyntax.RLE_LOSSLESS.uid();

    /** 64-byte header (count + 15 offsets, little endian) followed by the segments. */
    static byte[] frame(byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] header = new int[16];
        header[0] = segments.length;
        int offset = 64;
        for (int i = 0; i < segments.length; i++) {
            header[i + 1] = offset;
            offset += segments[i].length;
        }
        for (int v : header) {
            out.write(v);
            out.write(v >>> 8);
            out.write(v >>> 16);
            out.write(v >>> 24);
        }
        for (byte[] s : segments) {
            out.writeBytes(s);
        }
        return out.toByteArray();
    }

    private static DecodedFrame decode(PixelFormat f, byte[] data) {
        return FrameDecoder.decode(RLE, f, 0, data, ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void decodesReplicateAndLiteralRuns() {
        // 7 repeated 3 times (header -2), then one literal 9 (header 0), with a -128 no-op in between
        byte[] segment = {(byte) -2, 7, (byte) -128, 0, 9};
        DecodedFrame d = decode(PixelFormat.monochrome(2, 2, 8, 8, false), frame(segment));
        assertThat(d.bytes()).containsExactly(7, 7, 7, 9);
    }

    @Test
    void assemblesSixteenBitSamplesMostSignificantSegmentFirst() {
        byte[] high = {(byte) -2, (byte) 0xFF}; // 0xFF, 0xFF, 0xFF
        byte[] low = {2, (byte) 0xFE, 0x02, 0x03}; // literal 0xFE, 0x02, 0x03
        DecodedFrame d = decode(PixelFormat.monochrome(1, 3, 16, 16, true), frame(high, low));
        assertThat(new long[] {d.sample(0), d.sample(1), d.sample(2)})
                .containsExactly(-2, 0xFF02 - 0x10000, 0xFF03 - 0x10000);
    }

    @Test
    void colourSegmentsAreRedGreenBluePlanes() {
        PixelFormat f = new PixelFormat(1, 2, 3, 8, 8, 7, 0, "RGB", 0, 1);
        DecodedFrame d = decode(f, frame(new byte[] {1, 10, 11}, new byte[] {1, 20, 21}, new byte[] {1, 30, 31}));
        assertThat(d.bytes()).containsExactly(10, 20, 30, 11, 21, 31);
    }

    @Test
    void rejectsHeaderWithImpossibleSegmentCount() {
        byte[] data = frame(new byte[] {0, 1});
        data[0] = 16;
        assertThatThrownBy(() -> decode(PixelFormat.monochrome(1, 1, 8, 8, false), data))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("header says 16 segments, expected 1..15");
    }

    @Test
    void rejectsSegmentCountThatDoesNotFitTheFormat() {
        assertThatThrownBy(() -> decode(PixelFormat.monochrome(1, 1, 16, 16, false), frame(new byte[] {0, 1})))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("has 1 segments, expected 2");
    }

    @Test
    void rejectsOffsetsOutsideTheFrame() {
        byte[] data = frame(new byte[] {0, 1});
        data[4] = (byte) 0xF0;
        assertThatThrownBy(() -> decode(PixelFormat.monochrome(1, 1, 8, 8, false), data))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("segment 1 offset 240 is invalid");
    }

    @Test
    void rejectsShortHeaderAndShortSegments() {
        assertThatThrownBy(() -> decode(PixelFormat.monochrome(1, 1, 8, 8, false), new byte[20]))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("shorter than the 64-byte RLE header");
        assertThatThrownBy(() -> decode(PixelFormat.monochrome(2, 2, 8, 8, false), frame(new byte[] {1, 5, 6})))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("decodes to 2 bytes, expected 4");
    }
}

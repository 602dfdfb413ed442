package eu.eucaim.workstation.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.eucaim.workstation.dicom.TransferSyntax;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class PixelFormatTest {

    @Test
    void rejectsBitsStoredAboveBitsAllocated() {
        assertThatThrownBy(() -> new PixelFormat(2, 2, 1, 8, 12, 11, 0, "MONOCHROME2", 0, 1))
                .isInstanceOf(PixelDataException.class)
                .hasMessageContaining("BitsStored (0028,0101) is 12")
                .hasMessageContaining("BitsAllocated (8)");
    }

    @Test
    void rejectsZeroRowsAndOddBitsAllocated() {
        assertThatThrownBy(() -> new PixelFormat(0, 2, 1, 8, 8, 7, 0, "MONOCHROME2", 0, 1))
                .hasMessageContaining("Rows (0028,0010) is 0");
        assertThatThrownBy(() -> new PixelFormat(2, 2, 1, 12, 12, 11, 0, "MONOCHROME2", 0, 1))
                .hasMessageContaining("BitsAllocated (0028,0100) is 12, expected 1, 8, 16 or 32");
    }

    @Test
    void rejectsSamplesPerPixelThatDoNotFitThePhotometricInterpretation() {
        assertThatThrownBy(() -> new PixelFormat(2, 2, 1, 8, 8, 7, 0, "RGB", 0, 1))
                .hasMessageContaining("SamplesPerPixel (0028,0002) is 1, expected 3 for PhotometricInterpretation RGB");
        assertThatThrownBy(() -> new PixelFormat(2, 2, 1, 8, 8, 7, 0, "CMYK", 0, 1))
                .hasMessageContaining("PhotometricInterpretation 'CMYK' is not supported");
    }

    @Test
    void rejectsHighBitOutsideTheAllocatedBits() {
        assertThatThrownBy(() -> new PixelFormat(2, 2, 1, 16, 12, 16, 0, "MONOCHROME2", 0, 1))
                .hasMessageContaining("HighBit (0028,0102) is 16, expected 11..15");
    }

    @Test
    void stripsPaddingFromThePhotometricInterpretation() {
        assertThat(new PixelFormat(1, 1, 1, 8, 8, 7, 0, "MONOCHROME2 ", 0, 1).photometricInterpretation())
                .isEqualTo("MONOCHROME2");
    }

    @Test
    void nativeFrameLengthCountsPackedBitsAndSubsampledChroma() {
        assertThat(PixelFormat.monochrome(3, 3, 1, 1, false).nativeFrameLength())
                .isEqualTo(2);
        assertThat(new PixelFormat(2, 4, 3, 8, 8, 7, 0, "YBR_FULL_422", 0, 1).nativeFrameLength())
                .isEqualTo(16);
        assertThat(new PixelFormat(2, 4, 3, 16, 16, 15, 0, "RGB", 1, 1).nativeFrameLength())
                .isEqualTo(48);
    }

    @Test
    void unsupportedTransferSyntaxesAreNamedByUidAndName() {
        PixelFormat f = PixelFormat.monochrome(1, 1, 8, 8, false);
        String htj2k = TransferSyntax.HTJ2K_LOSSLESS.uid();
        assertThat(FrameDecoder.supports(htj2k)).isFalse();
        assertThatThrownBy(() -> FrameDecoder.decode(htj2k, f, 0, new byte[8], ByteOrder.LITTLE_ENDIAN))
                .isInstanceOf(UnsupportedTransferSyntaxException.class)
                .hasMessageContaining("1.2.840.10008.1.2.4.201")
                .hasMessageContaining("High-Throughput JPEG 2000");
        assertThatThrownBy(() -> FrameDecoder.decode("1.2.3.4", f, 0, new byte[8], ByteOrder.LITTLE_ENDIAN))
                .isInstanceOf(UnsupportedTransferSyntaxException.class)
                .hasMessageContaining("unknown transfer syntax (1.2.3.4)");
    }

    @Test
    void supportsTheNativeAndEncapsulatedSyntaxesWithJavaDecoders() {
        for (TransferSyntax ts : TransferSyntax.known()) {
            if (ts.family() != TransferSyntax.Family.UNSUPPORTED && ts.family() != TransferSyntax.Family.JPEG_LS) {
                assertThat(FrameDecoder.supports(ts.uid())).as(ts.toString()).isTrue();
            }
        }
    }
}

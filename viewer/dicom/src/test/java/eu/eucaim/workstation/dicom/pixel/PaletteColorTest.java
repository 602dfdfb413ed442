package eu.eucaim.workstation.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.TransferSyntax;
import eu.eucaim.workstation.dicom.lut.LutDescriptor;
import eu.eucaim.workstation.dicom.lut.LutTable;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class PaletteColorTest {
    private static final PixelFormat INDICES = new PixelFormat(1, 4, 1, 8, 8, 7, 0, "PALETTE COLOR", 0, 1);
    private static final byte[] FRAME = {0, 1, 2, 9};

    private static LutTable lut(int first, int bits, int... data) {
        return new LutTable(LutDescriptor.of(data.length, first, bits), data);
    }

    private static DecodedFrame decode(PaletteColorLut palette) {
        return FrameDecoder.decode(
                TransferSyntax.EXPLICIT_VR_LE.uid(), INDICES, 0, FRAME, ByteOrder.LITTLE_ENDIAN, palette);
    }

    @Test
    void expandsEightBitPalettesToRgbBytes() {
        // first mapped index 1: index 0 takes the first entry, index 9 the last
        PaletteColorLut palette =
                new PaletteColorLut(lut(1, 8, 10, 11, 12), lut(1, 8, 20, 21, 22), lut(1, 8, 30, 31, 32));
        DecodedFrame d = decode(palette);
        assertThat(d.format().photometricInterpretation()).isEqualTo("RGB");
        assertThat(d.bytes()).containsExactly(10, 20, 30, 10, 20, 30, 11, 21, 31, 12, 22, 32);
    }

    @Test
    void sixteenBitPalettesGiveUnsignedShorts() {
        PaletteColorLut palette = new PaletteColorLut(lut(0, 16, 0, 65535), lut(0, 16, 1, 2), lut(0, 16, 3, 4));
        DecodedFrame d = decode(palette);
        assertThat(d.shorts()).isNotNull();
        assertThat(d.sample(3)).isEqualTo(65535);
        assertThat(d.sample(4)).isEqualTo(2);
    }

    @Test
    void withoutPaletteTheIndicesComeBack() {
        DecodedFrame d = decode(null);
        assertThat(d.format().photometricInterpretation()).isEqualTo("PALETTE COLOR");
        assertThat(d.bytes()).containsExactly(FRAME);
    }
}

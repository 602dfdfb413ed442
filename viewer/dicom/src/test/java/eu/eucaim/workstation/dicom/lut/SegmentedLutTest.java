package eu.eucaim.workstation.dicom.lut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** PS3.3 C.7.9.2 segment types with hand-expanded results. */
class SegmentedLutTest {

    @Test
    void expandsDiscreteLinearAndIndirectSegments() {
        int[] items = {
            0, 3, 10, 20, 30, // discrete: 10 20 30
            1, 4, 70, // linear from 30 to 70 in 4 steps: 40 50 60 70
            2, 1, 0, 0, 0, 0
        }; // indirect: 1 segment from item offset 0 again: 10 20 30
        assertThat(SegmentedLut.expand(items, true)).containsExactly(10, 20, 30, 40, 50, 60, 70, 10, 20, 30);
    }

    @Test
    void linearSegmentsRoundHalfToEven() {
        // from 0 to 5 in 2 steps: 2.5 → 2 (half to even), then 5
        assertThat(SegmentedLut.expand(new int[] {0, 1, 0, 1, 2, 5}, false)).containsExactly(0, 2, 5);
    }

    @Test
    void sixteenBitItemsAreWordsAndTheTableIsChecked() {
        byte[] raw = {0, 0, 2, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        LutTable t = SegmentedLut.fromBytes(LutDescriptor.of(2, 0, 16), raw, ByteOrder.LITTLE_ENDIAN);
        assertThat(t.data()).containsExactly(65535, 0);
        assertThatThrownBy(() -> SegmentedLut.fromBytes(LutDescriptor.of(3, 0, 16), raw, ByteOrder.LITTLE_ENDIAN))
                .hasMessageContaining("expands to 2 entries, the LUT Descriptor says 3");
    }

    @Test
    void rejectsMalformedData() {
        assertThatThrownBy(() -> SegmentedLut.expand(new int[] {1, 4, 70}, true))
                .hasMessageContaining("a linear segment needs a previous value");
        assertThatThrownBy(() -> SegmentedLut.expand(new int[] {0, 9, 1}, true))
                .hasMessageContaining("discrete segment runs past the data");
        assertThatThrownBy(() -> SegmentedLut.expand(new int[] {0, 1, 5, 2, 1, 9, 9, 9, 9}, true))
                .hasMessageContaining("is outside the data");
        assertThatThrownBy(() -> SegmentedLut.expand(new int[] {7, 1, 5}, true))
                .hasMessageContaining("unknown segment type 7");
    }
}

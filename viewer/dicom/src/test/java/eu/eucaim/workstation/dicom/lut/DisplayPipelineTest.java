package eu.eucaim.workstation.dicom.lut;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayPipelineTest {
    private static final LutDescriptor FOUR_ENTRIES_FROM_10 = LutDescriptor.of(4, 10, 16);

    @Test
    void modalityLutSequenceClampsBelowAndAboveItsRange() {
        ModalityTransform m =
                new ModalityTransform.Lut(new LutTable(FOUR_ENTRIES_FROM_10, new int[] {100, 200, 300, 400}));
        assertThat(m.apply(9)).isEqualTo(100);
        assertThat(m.apply(10)).isEqualTo(100);
        assertThat(m.apply(12)).isEqualTo(300);
        assertThat(m.apply(20)).isEqualTo(400);
    }

    @Test
    void lutDataComesAsWordsOrBytes() {
        byte[] words = {1, 0, 2, 0, 3, 0, 4, 0};
        assertThat(LutTable.fromBytes(LutDescriptor.of(4, 0, 8), words, ByteOrder.LITTLE_ENDIAN)
                        .data())
                .containsExactly(1, 2, 3, 4);
        assertThat(LutTable.fromBytes(LutDescriptor.of(4, 0, 8), new byte[] {5, 6, 7, 8}, ByteOrder.LITTLE_ENDIAN)
                        .data())
                .containsExactly(5, 6, 7, 8);
        assertThat(LutDescriptor.of(0, 0, 16).entries()).isEqualTo(65536);
    }

    @Test
    void rescaleThenWindow() {
        // HU = 2 * stored - 1024; LINEAR c 40, w 81: HU <= -0.5 black, HU > 79.5 white
        DisplayPipeline p = new DisplayPipeline(
                new ModalityTransform.Rescale(2, -1024),
                new VoiTransform.Window(40, 81),
                PresentationLutShape.IDENTITY);
        assertThat(p.displayValue(500)).isEqualTo(0); // HU -24
        assertThat(p.displayValue(512)).isEqualTo(2); // HU 0: ((0 - 39.5) / 80 + 0.5) * 255 = 1.59
        assertThat(p.displayValue(532)).isEqualTo(129); // HU 40: ((40 - 39.5) / 80 + 0.5) * 255 = 129.09
        assertThat(p.displayValue(552)).isEqualTo(255); // HU 80 > 79.5
    }

    @Test
    void monochrome1IsInvertedByDefault() {
        assertThat(PresentationLutShape.defaultFor("MONOCHROME1")).isEqualTo(PresentationLutShape.INVERSE);
        assertThat(PresentationLutShape.defaultFor("MONOCHROME2")).isEqualTo(PresentationLutShape.IDENTITY);
        DisplayPipeline p = new DisplayPipeline(
                ModalityTransform.identity(),
                new VoiTransform.Window(128, 256),
                PresentationLutShape.defaultFor("MONOCHROME1 "));
        assertThat(p.displayValue(0)).isEqualTo(255);
        assertThat(p.displayValue(255)).isEqualTo(0);
    }

    @Test
    void voiLutSequenceIsScaledFromItsBitDepth() {
        VoiTransform voi = new VoiTransform.Lut(new LutTable(LutDescriptor.of(3, 0, 12), new int[] {0, 4095, 2048}));
        DisplayPipeline p = new DisplayPipeline(ModalityTransform.identity(), voi, PresentationLutShape.IDENTITY);
        assertThat(p.displayValue(0)).isEqualTo(0);
        assertThat(p.displayValue(1)).isEqualTo(255);
        assertThat(p.displayValue(2)).isEqualTo(128); // 2048 * 255 / 4095 = 127.53
    }

    @Test
    void tabulatedLutMatchesThePipelineOverSignedSixteenBits() {
        DisplayPipeline p = new DisplayPipeline(
                new ModalityTransform.Rescale(1, -1024),
                new VoiTransform.Window(40, 400, VoiLutFunction.SIGMOID, ""),
                PresentationLutShape.IDENTITY);
        DisplayLut lut = p.buildLut(16, true);
        assertThat(lut.size()).isEqualTo(65536);
        short[] src = {Short.MIN_VALUE, -1, 0, 1000, 1064, 1500, Short.MAX_VALUE};
        int[] argb = new int[src.length];
        byte[] gray = new byte[src.length];
        lut.applyArgb(src, true, argb);
        lut.applyGray(src, true, gray);
        for (int i = 0; i < src.length; i++) {
            int expected = p.displayValue(src[i]);
            assertThat(argb[i]).isEqualTo(0xFF000000 | expected << 16 | expected << 8 | expected);
            assertThat(gray[i] & 0xFF).isEqualTo(expected);
        }
    }

    @Test
    void unsignedSamplesAndFrameRangeTablesClamp() {
        DisplayPipeline p = new DisplayPipeline(
                ModalityTransform.identity(), new VoiTransform.Window(1000, 1000), PresentationLutShape.IDENTITY);
        DisplayLut lut = p.buildLut(600, 1400);
        short[] src = {(short) 0xFFFF, 0, 1000};
        int[] out = new int[3];
        lut.applyArgb(src, false, out);
        assertThat(out[0] & 0xFF).isEqualTo(p.displayValue(1400));
        assertThat(out[1] & 0xFF).isEqualTo(p.displayValue(600));
        assertThat(out[2] & 0xFF).isEqualTo(p.displayValue(1000));
        int[] wide = {Integer.MIN_VALUE, 1000, Integer.MAX_VALUE};
        lut.applyArgb(wide, out);
        assertThat(out)
                .containsExactly(
                        0xFF000000 | p.displayValue(600) * 0x010101,
                        0xFF000000 | p.displayValue(1000) * 0x010101,
                        0xFF000000 | p.displayValue(1400) * 0x010101);
    }

    @Test
    void defaultWindowIsTheFirstWindowElseTheModalityRange() {
        VoiTransform.Window first = new VoiTransform.Window(40, 400);
        assertThat(DefaultWindow.of(
                        List.of(first, new VoiTransform.Window(300, 1500)), ModalityTransform.identity(), 0, 10))
                .isSameAs(first);
        // stored 0..100 with slope 2, intercept -100 → modality -100..100: width 201, centre 0.5
        VoiTransform.Window w = DefaultWindow.of(List.of(), new ModalityTransform.Rescale(2, -100), 0, 100);
        assertThat(w.width()).isEqualTo(201);
        assertThat(w.center()).isEqualTo(0.5);
        DisplayPipeline p =
                new DisplayPipeline(new ModalityTransform.Rescale(2, -100), w, PresentationLutShape.IDENTITY);
        assertThat(p.displayValue(0)).isEqualTo(0);
        assertThat(p.displayValue(100)).isEqualTo(255);
    }

    @Test
    void defaultWindowScansANonMonotonicModalityLut() {
        ModalityTransform m =
                new ModalityTransform.Lut(new LutTable(FOUR_ENTRIES_FROM_10, new int[] {300, 100, 400, 200}));
        VoiTransform.Window w = DefaultWindow.of(List.of(), m, 10, 13);
        assertThat(w.center()).isEqualTo((100 + 400 + 1) / 2.0);
        assertThat(w.width()).isEqualTo(301);
    }
}

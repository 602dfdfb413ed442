package eu.eucaim.workstation.dicom.lut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The PS3.3 C.11.2.1.2/3 functions at their breakpoints, with c = 100, ymin 0, ymax 255. */
class VoiLutFunctionTest {
    private static final double C = 100;

    @Test
    void linearBreakpoints() {
        VoiLutFunction f = VoiLutFunction.LINEAR;
        double w = 21; // lower break c - 0.5 - (w-1)/2 = 89.5, upper c - 0.5 + (w-1)/2 = 109.5
        assertThat(f.apply(89.5, C, w, 0, 255)).isEqualTo(0);
        assertThat(f.apply(89.6, C, w, 0, 255)).isCloseTo(0.1 / 20 * 255, within(1e-9));
        assertThat(f.apply(99.5, C, w, 0, 255)).isCloseTo(127.5, within(1e-9));
        assertThat(f.apply(109.5, C, w, 0, 255)).isCloseTo(255, within(1e-9));
        assertThat(f.apply(109.51, C, w, 0, 255)).isEqualTo(255);
    }

    @Test
    void linearWidthOneIsAThreshold() {
        VoiLutFunction f = VoiLutFunction.LINEAR;
        assertThat(f.apply(99.5, C, 1, 0, 255)).isEqualTo(0);
        assertThat(f.apply(99.51, C, 1, 0, 255)).isEqualTo(255);
        assertThatThrownBy(() -> new VoiTransform.Window(C, 0.5)).hasMessageContaining("must be >= 1");
    }

    @Test
    void linearExactBreakpoints() {
        VoiLutFunction f = VoiLutFunction.LINEAR_EXACT;
        double w = 20; // c - w/2 = 90, c + w/2 = 110
        assertThat(f.apply(90, C, w, 0, 255)).isEqualTo(0);
        assertThat(f.apply(100, C, w, 0, 255)).isCloseTo(127.5, within(1e-9));
        assertThat(f.apply(110, C, w, 0, 255)).isCloseTo(255, within(1e-9));
        assertThat(f.apply(110.01, C, w, 0, 255)).isEqualTo(255);
        assertThatThrownBy(() -> new VoiTransform.Window(C, 0, VoiLutFunction.LINEAR_EXACT, null))
                .hasMessageContaining("must be > 0");
    }

    @Test
    void sigmoidAtCentreAndQuarterWidth() {
        VoiLutFunction f = VoiLutFunction.SIGMOID;
        assertThat(f.apply(C, C, 40, 0, 255)).isCloseTo(127.5, within(1e-9));
        // x = c + w/4: 255 / (1 + e^-1) = 255 / 1.3678794 = 186.4199...
        assertThat(f.apply(C + 10, C, 40, 0, 255)).isCloseTo(186.4199, within(1e-4));
        assertThat(f.apply(C - 10, C, 40, 0, 255)).isCloseTo(255 - 186.4199, within(1e-4));
    }

    @Test
    void parsesTheAttributeValue() {
        assertThat(VoiLutFunction.of(null)).isEqualTo(VoiLutFunction.LINEAR);
        assertThat(VoiLutFunction.of("SIGMOID ")).isEqualTo(VoiLutFunction.SIGMOID);
        assertThatThrownBy(() -> VoiLutFunction.of("LOG")).hasMessageContaining("'LOG'");
    }

    @Test
    void windowsComeInStepWithTheirExplanations() {
        var windows = VoiTransform.windows(
                new double[] {40, 300}, new double[] {400, 1500}, new String[] {"SOFT", "BONE"}, "LINEAR_EXACT");
        assertThat(windows.get(1).explanation()).isEqualTo("BONE");
        assertThat(windows.get(1).function()).isEqualTo(VoiLutFunction.LINEAR_EXACT);
        assertThatThrownBy(() -> VoiTransform.windows(new double[] {1}, new double[] {}, null, null))
                .hasMessageContaining("Window Center has 1 values but Window Width has 0");
    }
}

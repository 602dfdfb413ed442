package eu.eucaim.workstation.viewer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.eucaim.workstation.dicom.image.DisplayParameters;
import eu.eucaim.workstation.dicom.lut.ModalityTransform;
import eu.eucaim.workstation.dicom.lut.PresentationLutShape;
import eu.eucaim.workstation.dicom.source.LocalFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementsTest {

    private static Slice slice(int w, int h, short[] v, double[] spacing) {
        Pixels p = new Pixels(w, h, false, true, null, v, null, -32768, 32767);
        DisplayParameters d = new DisplayParameters(
                new ModalityTransform.Rescale(1, -1024), List.of(), List.of(), PresentationLutShape.IDENTITY);
        return new Slice(
                new FrameRef(new LocalFile(Path.of("mem")), 0),
                null,
                p,
                d,
                new SliceGeometry(
                        new double[3],
                        new double[] {1, 0, 0, 0, 1, 0},
                        spacing,
                        1,
                        0,
                        "",
                        spacing == null ? 1 : spacing[0] / spacing[1]),
                null);
    }

    /** A checkerboard of 1000 and 1100 HU: inside a large ellipse the mean and population SD are known. */
    @Test
    void ellipseStatisticsInHounsfieldUnits() {
        int n = 40;
        short[] v = new short[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                v[y * n + x] = (short) (1024 + ((x + y) % 2 == 0 ? 1000 : 1100));
            }
        }
        Measurements.Stats s = Measurements.ellipse(slice(n, n, v, new double[] {0.5, 0.5}), 0, 0, n, n);
        assertThat(s.min()).isEqualTo(1000);
        assertThat(s.max()).isEqualTo(1100);
        // The disc is symmetric under x ↔ x+1? Not exactly: compute the truth by counting.
        int even = 0;
        int odd = 0;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double dx = (x + 0.5 - 20) / 20;
                double dy = (y + 0.5 - 20) / 20;
                if (dx * dx + dy * dy <= 1) {
                    if ((x + y) % 2 == 0) {
                        even++;
                    } else {
                        odd++;
                    }
                }
            }
        }
        double mean = (1000.0 * even + 1100.0 * odd) / (even + odd);
        assertThat(s.count()).isEqualTo(even + odd);
        assertThat(s.mean()).isEqualTo(mean);
        double pe = even / (double) (even + odd);
        assertThat(s.sd()).isCloseTo(100 * Math.sqrt(pe * (1 - pe)), within(1e-9));
        assertThat(s.area()).isCloseTo(Math.PI * 20 * 20 * 0.25, within(1e-9));
        assertThat(s.mm()).isTrue();
    }

    @Test
    void uniformRectangleHasZeroSd() {
        short[] v = new short[100];
        java.util.Arrays.fill(v, (short) 1064);
        Measurements.Stats s = Measurements.rectangle(slice(10, 10, v, null), 2, 2, 6, 5);
        assertThat(s.count()).isEqualTo(12);
        assertThat(s.mean()).isEqualTo(40);
        assertThat(s.sd()).isEqualTo(0);
        assertThat(s.area()).isEqualTo(12);
        assertThat(s.mm()).isFalse();
    }

    @Test
    void lengthAndAngleUsePixelSpacing() {
        Slice s = slice(10, 10, new short[100], new double[] {2, 0.5}); // rows 2 mm apart, columns 0.5 mm
        assertThat(Measurements.length(s, 0, 0, 4, 0)).isEqualTo(2);
        assertThat(Measurements.length(s, 0, 0, 0, 3)).isEqualTo(6);
        // 4 px right = 2 mm, 1 px down = 2 mm: 45 degrees in patient space, not atan(1/4).
        assertThat(Measurements.angle(s, 4, 0, 0, 0, 4, 1)).isCloseTo(45, within(1e-9));
    }

    @Test
    void valueUnderTheCursorIsInModalityUnits() {
        short[] v = new short[4];
        v[3] = 1024 + 250;
        Slice s = slice(2, 2, v, null);
        assertThat(Measurements.valueAt(s, 1.7, 1.2)).isEqualTo(250);
        assertThat(Measurements.valueAt(s, 2.1, 0)).isNaN();
    }

    @Test
    void orientationLetters() {
        assertThat(Orientation.letters(1, 0, 0)).isEqualTo("L");
        assertThat(Orientation.letters(-1, 0, 0)).isEqualTo("R");
        assertThat(Orientation.letters(0, 0.6, -0.8)).isEqualTo("FP");
    }
}

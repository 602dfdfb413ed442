package eu.eucaim.workstation.viewer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.eucaim.workstation.dicom.Dataset;
import eu.eucaim.workstation.dicom.VR;
import eu.eucaim.workstation.dicom.image.DisplayParameters;
import eu.eucaim.workstation.dicom.lut.ModalityTransform;
import eu.eucaim.workstation.dicom.lut.PresentationLutShape;
import eu.eucaim.workstation.dicom.source.LocalFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pixels taller than wide (row spacing 1 mm, column spacing 0.5 mm) show in their true proportions, and every
 * screen ↔ image mapping agrees: rendering, measurements, fit.
 */
class PixelAspectTest {
    private static final double[] SPACING = {1.0, 0.5}; // row spacing \ column spacing, as Pixel Spacing stores it

    static Slice slice(int w, int h, double[] spacing) {
        short[] v = new short[w * h];
        for (int i = 0; i < v.length; i++) {
            v[i] = (short) (i % w + 10 * (i / w)); // value = x + 10 y
        }
        Pixels p = new Pixels(w, h, false, false, null, v, null, 0, w + 10 * h);
        DisplayParameters d = new DisplayParameters(
                ModalityTransform.identity(), List.of(), List.of(), PresentationLutShape.IDENTITY);
        Dataset ds = new Dataset();
        ds.put(0x00280030, VR.DS, spacing[0], spacing[1]);
        return new Slice(new FrameRef(new LocalFile(Path.of("mem")), 0), null, p, d, SliceGeometry.of(ds, 0), null);
    }

    private static double screenLength(ViewTransform t, double x0, double y0, double x1, double y1) {
        double[] a = t.toView(x0, y0);
        double[] b = t.toView(x1, y1);
        return Math.hypot(b[0] - a[0], b[1] - a[1]);
    }

    @Test
    void tenMillimetresAreAsLongOnScreenAcrossAsDownInEveryOrientation() {
        Slice s = slice(64, 32, SPACING);
        assertThat(s.pixelAspect()).isEqualTo(2.0);
        for (int r = 0; r < 4; r++) {
            for (boolean flip : new boolean[] {false, true}) {
                ViewTransform t = new ViewTransform(64, 32, 300, 200, 1.7, 5, -3, r, flip, s.pixelAspect());
                double across = screenLength(t, 10, 10, 30, 10); // 20 columns × 0.5 mm
                double down = screenLength(t, 10, 10, 10, 20); // 10 rows × 1 mm
                assertThat(across).as("rotation %d flip %s", r, flip).isCloseTo(down, within(1e-9));
                assertThat(across).isCloseTo(20 * 1.7, within(1e-9));
                double[] back = t.toImage(t.toView(13.25, 7.5)[0], t.toView(13.25, 7.5)[1]);
                assertThat(back).containsExactly(new double[] {13.25, 7.5}, within(1e-9));
            }
        }
    }

    /** Square pixels keep the transform as it was: the aspect changes nothing when it is 1. */
    @Test
    void squarePixelsMapAsBefore() {
        ViewTransform t = new ViewTransform(64, 32, 300, 200, 2, 0, 0, 0, false);
        assertThat(t.aspect()).isEqualTo(1);
        assertThat(t.toView(32, 16)).containsExactly(150, 100);
        assertThat(t.toView(33, 17)).containsExactly(152, 102);
    }

    @Test
    void aLengthDrawnOnScreenReportsTheTrueMillimetres() {
        Slice s = slice(64, 32, SPACING);
        ViewTransform t = new ViewTransform(64, 32, 400, 400, 3, 0, 0, 1, false, s.pixelAspect());
        // 60 screen pixels vertically and horizontally: at 3 screen pixels per 0.5 mm both are 10 mm.
        for (double[] seg : new double[][] {{100, 100, 100, 160}, {100, 100, 160, 100}, {100, 100, 136, 148}}) {
            double[] a = t.toImage(seg[0], seg[1]);
            double[] b = t.toImage(seg[2], seg[3]);
            double screen = Math.hypot(seg[2] - seg[0], seg[3] - seg[1]);
            assertThat(Measurements.length(s, a[0], a[1], b[0], b[1])).isCloseTo(screen / 3 * 0.5, within(1e-9));
        }
        // The length tool over N image pixels: 8 rows is 8 mm, 8 columns 4 mm.
        assertThat(Measurements.length(s, 5, 5, 5, 13)).isCloseTo(8, within(1e-12));
        assertThat(Measurements.length(s, 5, 5, 13, 5)).isCloseTo(4, within(1e-12));
    }

    /** A circle drawn on screen is a circle in the patient: its area in mm² is π r², its pixels twice as many across. */
    @Test
    void anEllipseRoiDrawnAsAScreenCircleHasTheCirclesArea() {
        Slice s = slice(64, 32, SPACING);
        ViewTransform t = new ViewTransform(64, 32, 400, 400, 6, 0, 0, 0, false, s.pixelAspect());
        double r = 60; // screen pixels: 10 column steps of 0.5 mm, so 5 mm
        double[] a = t.toImage(200 - r, 200 - r);
        double[] b = t.toImage(200 + r, 200 + r);
        assertThat(b[0] - a[0]).isCloseTo(2 * (b[1] - a[1]), within(1e-9));
        Measurements.Stats stats = Measurements.ellipse(s, a[0], a[1], b[0], b[1]);
        assertThat(stats.area()).isCloseTo(Math.PI * 5 * 5, within(1e-9));
        assertThat(stats.mm()).isTrue();
    }

    @Test
    void fitShowsTheWholeImageInItsTrueProportions() {
        // 64 × 32 pixels of 0.5 × 1 mm: 32 × 32 mm, square on screen.
        assertThat(ViewTransform.fitZoom(64, 32, 200, 100, 0, 2.0)).isEqualTo(100 / 64.0);
        assertThat(ViewTransform.fitZoom(64, 32, 100, 200, 1, 2.0)).isEqualTo(100 / 64.0);
        ViewTransform t = new ViewTransform(64, 32, 200, 100, 100 / 64.0, 0, 0, 0, false, 2.0);
        double[] topLeft = t.toView(0, 0);
        double[] bottomRight = t.toView(64, 32);
        assertThat(bottomRight[0] - topLeft[0]).isCloseTo(100, within(1e-9));
        assertThat(bottomRight[1] - topLeft[1]).isCloseTo(100, within(1e-9));
    }

    /** Each image row shows as two viewport rows at zoom 1 (nearest), columns one to one. */
    @Test
    void theRendererStretchesRowsByTheAspect() {
        Slice s = slice(4, 2, SPACING);
        ViewTransform t = new ViewTransform(4, 2, 4, 4, 1, 0, 0, 0, false, 2.0);
        GrayLut lut = GrayLut.of(s.pixels(), s.display(), new WindowLevel(128, 256), false);
        int[] out = new int[16];
        Renderer.render(s.pixels(), lut, t, Interpolation.NEAREST, false, out);
        int[] square = new int[8];
        Renderer.render(
                s.pixels(),
                lut,
                new ViewTransform(4, 2, 4, 2, 1, 0, 0, 0, false),
                Interpolation.NEAREST,
                false,
                square);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                assertThat(out[y * 4 + x]).as("(%d, %d)", x, y).isEqualTo(square[(y / 2) * 4 + x]);
            }
        }
        // Turned a quarter: the 2 rows become 2 columns two viewport pixels wide each, 4 columns 4 rows.
        int[] turned = new int[16];
        Renderer.render(
                s.pixels(),
                lut,
                new ViewTransform(4, 2, 4, 4, 1, 0, 0, 1, false, 2.0),
                Interpolation.NEAREST,
                false,
                turned);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                double[] q = new ViewTransform(4, 2, 4, 4, 1, 0, 0, 1, false, 2.0).toImage(x + 0.5, y + 0.5);
                assertThat(turned[y * 4 + x]).isEqualTo(square[(int) q[1] * 4 + (int) q[0]]);
            }
        }
        assertThat(turned[0]).isEqualTo(turned[1]).isNotEqualTo(turned[2]);
    }

    @Test
    void theAspectComesFromPixelSpacingThenImagerPixelSpacingThenPixelAspectRatio() {
        Dataset ds = new Dataset();
        assertThat(SliceGeometry.of(ds, 0).pixelAspect()).isEqualTo(1);
        ds.put(0x00280034, VR.IS, 5, 4); // Pixel Aspect Ratio vertical \ horizontal
        assertThat(SliceGeometry.of(ds, 0).pixelAspect()).isEqualTo(1.25);
        ds.put(0x00181164, VR.DS, 0.2, 0.1); // Imager Pixel Spacing row \ column
        assertThat(SliceGeometry.of(ds, 0).pixelAspect()).isEqualTo(2);
        ds.put(0x00280030, VR.DS, 0.3, 0.6); // Pixel Spacing wins
        assertThat(SliceGeometry.of(ds, 0).pixelAspect()).isEqualTo(0.5);
        ds.put(0x00280030, VR.DS, 0.7031, 0.7032); // equal within 0.1 %: shown square
        assertThat(SliceGeometry.of(ds, 0).pixelAspect()).isEqualTo(1);
        Dataset bad = new Dataset();
        bad.put(0x00280034, VR.IS, 0, 4); // unusable: ignored, square
        assertThat(SliceGeometry.of(bad, 0).pixelAspect()).isEqualTo(1);
    }

    @Test
    void aNonPositiveAspectIsRefusedWithItsValue() {
        assertThatThrownBy(() -> new ViewTransform(4, 2, 4, 4, 1, 0, 0, 0, false, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pixel aspect")
                .hasMessageContaining("0");
    }
}

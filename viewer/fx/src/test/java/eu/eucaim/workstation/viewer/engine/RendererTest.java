package eu.eucaim.workstation.viewer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.image.DisplayParameters;
import eu.eucaim.workstation.dicom.lut.ModalityTransform;
import eu.eucaim.workstation.dicom.lut.PresentationLutShape;
import java.util.List;
import org.junit.jupiter.api.Test;

class RendererTest {
    /** 4 × 2 image, stored 0..7 row by row, identity modality. */
    private static final Pixels P =
            new Pixels(4, 2, false, false, null, new short[] {0, 1, 2, 3, 4, 5, 6, 7}, null, 0, 7);

    private static final DisplayParameters D =
            new DisplayParameters(ModalityTransform.identity(), List.of(), List.of(), PresentationLutShape.IDENTITY);

    private static int gray(int argb) {
        return argb & 0xFF;
    }

    private static int[] render(ViewTransform t, Interpolation i, WindowLevel wl, boolean invert) {
        int[] out = new int[t.viewWidth() * t.viewHeight()];
        Renderer.render(P, GrayLut.of(P, D, wl, invert), t, i, false, out);
        return out;
    }

    /** Window 3.5 ± 4: stored v shows as round((v - 3.5 + 4) / 8 * 255)... the LINEAR formula of PS3.3 C.11.2.1.2. */
    @Test
    void oneToOneShowsEveryPixelThroughTheWindow() {
        int[] out = render(
                new ViewTransform(4, 2, 4, 2, 1, 0, 0, 0, false), Interpolation.NEAREST, new WindowLevel(4, 8), false);
        assertThat(java.util.Arrays.stream(out)).allMatch(v -> (v >>> 24) == 0xFF);
        for (int i = 0; i < 8; i++) {
            double linear = ((i - (4 - 0.5)) / (8 - 1.0) + 0.5) * 255;
            int expected = (int) Math.max(0, Math.min(255, Math.floor(linear + 0.5)));
            assertThat(gray(out[i])).as("pixel %d", i).isEqualTo(expected);
        }
    }

    @Test
    void invertMirrorsTheGrayLevels() {
        ViewTransform t = new ViewTransform(4, 2, 4, 2, 1, 0, 0, 0, false);
        int[] plain = render(t, Interpolation.NEAREST, new WindowLevel(4, 8), false);
        int[] inverted = render(t, Interpolation.NEAREST, new WindowLevel(4, 8), true);
        for (int i = 0; i < 8; i++) {
            assertThat(gray(inverted[i])).isEqualTo(255 - gray(plain[i]));
        }
    }

    @Test
    void aQuarterTurnClockwisePutsTheBottomLeftPixelTopLeft() {
        // Window wide enough that gray = stored * 255 / 7 in order: compare order through the stored index.
        ViewTransform t = new ViewTransform(4, 2, 2, 4, 1, 0, 0, 1, false);
        int[] out = render(t, Interpolation.NEAREST, new WindowLevel(3.5, 8), false);
        int[] ref = render(
                new ViewTransform(4, 2, 4, 2, 1, 0, 0, 0, false),
                Interpolation.NEAREST,
                new WindowLevel(3.5, 8),
                false);
        // Rotated view is 2 wide, 4 tall: row r of the view is column r of the image, read bottom to top.
        assertThat(out[0]).isEqualTo(ref[4]); // view (0,0) = image (0,1)
        assertThat(out[1]).isEqualTo(ref[0]); // view (1,0) = image (0,0)
        assertThat(out[7]).isEqualTo(ref[3]); // view (1,3) = image (3,0)
    }

    @Test
    void flipMirrorsColumns() {
        ViewTransform t = new ViewTransform(4, 2, 4, 2, 1, 0, 0, 0, true);
        int[] out = render(t, Interpolation.NEAREST, new WindowLevel(3.5, 8), false);
        int[] ref = render(
                new ViewTransform(4, 2, 4, 2, 1, 0, 0, 0, false),
                Interpolation.NEAREST,
                new WindowLevel(3.5, 8),
                false);
        assertThat(out[0]).isEqualTo(ref[3]);
        assertThat(out[7]).isEqualTo(ref[4]);
    }

    @Test
    void zoomedNearestRepeatsPixelsAndOutsideIsBackground() {
        ViewTransform t = new ViewTransform(4, 2, 10, 4, 2, 0, 0, 0, false); // image 8 × 4 in a 10 × 4 view
        int[] out = render(t, Interpolation.NEAREST, new WindowLevel(3.5, 8), false);
        assertThat(out[0]).isEqualTo(Renderer.BACKGROUND);
        assertThat(out[9]).isEqualTo(Renderer.BACKGROUND);
        assertThat(out[1]).isEqualTo(out[2]);
        assertThat(out[1]).isNotEqualTo(out[3]);
    }

    @Test
    void bilinearInterpolatesStoredValuesBetweenPixelCentres() {
        // 2 × 1 image with 0 and 100; a 4-wide view at zoom 2: view pixel centres at image x 0.25, 0.75, 1.25, 1.75.
        Pixels p = new Pixels(2, 1, false, false, null, new short[] {0, 100}, null, 0, 100);
        ViewTransform t = new ViewTransform(2, 1, 4, 2, 2, 0, 0, 0, false);
        int[] out = new int[8];
        // Window mapping 0..100 to 0..255 almost linearly (wide linear window): compare with an expected sample.
        WindowLevel wl = new WindowLevel(50, 101);
        Renderer.render(p, GrayLut.of(p, D, wl, false), t, Interpolation.BILINEAR, false, out);
        int[] ends = {gray(out[0]), gray(out[1]), gray(out[2]), gray(out[3])};
        // x = 0.25 and 0.75 → edge-clamped 0 and 25; 1.25 → 75; 1.75 → clamped 100.
        GrayLut lut = GrayLut.of(p, D, wl, false);
        assertThat(ends)
                .containsExactly(
                        lut.argb()[0] & 0xFF, lut.argb()[25] & 0xFF, lut.argb()[75] & 0xFF, lut.argb()[100] & 0xFF);
    }

    @Test
    void colourKeepsRgbAndInvertsIt() {
        Pixels p = new Pixels(1, 1, true, false, new byte[] {10, 20, 30}, null, null, 0, 255);
        int[] out = new int[1];
        Renderer.render(p, null, new ViewTransform(1, 1, 1, 1, 1, 0, 0, 0, false), Interpolation.NEAREST, false, out);
        assertThat(out[0]).isEqualTo(0xFF0A141E);
        Renderer.render(p, null, new ViewTransform(1, 1, 1, 1, 1, 0, 0, 0, false), Interpolation.NEAREST, true, out);
        assertThat(out[0]).isEqualTo(0xFFF5EBE1);
    }

    @Test
    void monochrome1ShapeShowsLowValuesWhite() {
        DisplayParameters mono1 =
                new DisplayParameters(ModalityTransform.identity(), List.of(), List.of(), PresentationLutShape.INVERSE);
        GrayLut lut = GrayLut.of(P, mono1, new WindowLevel(3.5, 8), false);
        assertThat(lut.argb()[0] & 0xFF).isGreaterThan(lut.argb()[7] & 0xFF);
    }

    /** Every nearest-neighbour path (1:1 runs, zoomed, turned, mirrored, panned) against a per-pixel reference. */
    @Test
    void nearestMatchesAPerPixelReference() {
        java.util.Random rnd = new java.util.Random(7);
        short[] v = new short[13 * 9];
        for (int i = 0; i < v.length; i++) {
            v[i] = (short) (rnd.nextInt(4000) - 1000);
        }
        Pixels p = new Pixels(13, 9, false, true, null, v, null, -1000, 2999);
        GrayLut lut = GrayLut.of(p, D, new WindowLevel(500, 3000), false);
        for (double zoom : new double[] {1, 1.7, 0.6}) {
            for (int r = 0; r < 4; r++) {
                for (boolean flip : new boolean[] {false, true}) {
                    ViewTransform t = new ViewTransform(13, 9, 17, 11, zoom, 2, -1, r, flip);
                    int[] out = new int[17 * 11];
                    Renderer.render(p, lut, t, Interpolation.NEAREST, false, out);
                    for (int y = 0; y < 11; y++) {
                        for (int x = 0; x < 17; x++) {
                            double[] q = t.toImage(x + 0.5, y + 0.5);
                            int expected = q[0] >= 0 && q[0] < 13 && q[1] >= 0 && q[1] < 9
                                    ? lut.argb()[p.stored((int) q[0], (int) q[1]) - lut.offset()]
                                    : Renderer.BACKGROUND;
                            assertThat(out[y * 17 + x])
                                    .as("zoom %s rot %d flip %s at %d,%d", zoom, r, flip, x, y)
                                    .isEqualTo(expected);
                        }
                    }
                }
            }
        }
    }

    /**
     * Bilinear on every path (enlarged, reduced, turned, mirrored, panned; signed and full-range unsigned samples)
     * against the four-tap formula per pixel, with the renderer's 7-bit weights: the separable row blending must
     * give exactly the same values.
     */
    @Test
    void bilinearMatchesTheFourTapFormulaPerPixel() {
        java.util.Random rnd = new java.util.Random(11);
        for (boolean signed : new boolean[] {true, false}) {
            short[] v = new short[13 * 9];
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < v.length; i++) {
                v[i] = (short) (signed ? rnd.nextInt(4000) - 1000 : rnd.nextInt(65536));
                int s = signed ? v[i] : v[i] & 0xFFFF;
                min = Math.min(min, s);
                max = Math.max(max, s);
            }
            v[0] = (short) (signed ? v[0] : 0xFFFF); // the largest unsigned value: the int sums must not overflow
            max = signed ? max : 0xFFFF;
            Pixels p = new Pixels(13, 9, false, signed, null, v, null, min, max);
            GrayLut lut = GrayLut.of(p, D, new WindowLevel((min + max) / 2.0, max - min), false);
            for (double zoom : new double[] {1, 2, 3.3, 0.6}) {
                for (int r = 0; r < 4; r++) {
                    for (boolean flip : new boolean[] {false, true}) {
                        ViewTransform t = new ViewTransform(13, 9, 23, 19, zoom, 2, -1, r, flip);
                        int[] out = new int[23 * 19];
                        Renderer.render(p, lut, t, Interpolation.BILINEAR, false, out);
                        for (int y = 0; y < 19; y++) {
                            for (int x = 0; x < 23; x++) {
                                double[] q = t.toImage(x + 0.5, y + 0.5);
                                assertThat(out[y * 23 + x])
                                        .as("signed %s zoom %s rot %d flip %s at %d,%d", signed, zoom, r, flip, x, y)
                                        .isEqualTo(fourTap(p, lut, q[0], q[1]));
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * A viewport large enough to render in two halves (one of them possibly on another core) gives exactly what the
     * per-pixel references give, on every path: bilinear, nearest, the 1:1 run and colour.
     */
    @Test
    void aLargeViewportRenderedInTwoHalvesMatchesThePerPixelReferences() {
        java.util.Random rnd = new java.util.Random(3);
        int w = 300;
        int h = 200;
        short[] v = new short[w * h];
        byte[] rgb = new byte[w * h * 3];
        rnd.nextBytes(rgb);
        for (int i = 0; i < v.length; i++) {
            v[i] = (short) (rnd.nextInt(4000) - 1000);
        }
        Pixels p = new Pixels(w, h, false, true, null, v, null, -1000, 2999);
        Pixels colour = new Pixels(w, h, true, false, rgb, null, null, 0, 255);
        GrayLut lut = GrayLut.of(p, D, new WindowLevel(500, 3000), false);
        int vw = 700;
        int vh = 500;
        assertThat(vw * vh).isGreaterThanOrEqualTo(Renderer.PARALLEL_FROM);
        for (int round = 0; round < 3; round++) { // the other core may or may not take the second half
            ViewTransform zoomed = new ViewTransform(w, h, vw, vh, 2.3, 5, -3, round, round == 1);
            int[] out = new int[vw * vh];
            Renderer.render(p, lut, zoomed, Interpolation.BILINEAR, false, out);
            for (int y = 0; y < vh; y++) {
                for (int x = 0; x < vw; x++) {
                    double[] q = zoomed.toImage(x + 0.5, y + 0.5);
                    assertThat(out[y * vw + x]).as("bilinear at %d,%d", x, y).isEqualTo(fourTap(p, lut, q[0], q[1]));
                }
            }
            ViewTransform oneToOne = new ViewTransform(w, h, vw, vh, 1, 0, 0, 0, false);
            Renderer.render(p, lut, oneToOne, Interpolation.NEAREST, false, out);
            int[] colourOut = new int[vw * vh];
            Renderer.render(colour, null, oneToOne, Interpolation.NEAREST, false, colourOut);
            for (int y = 0; y < vh; y++) {
                for (int x = 0; x < vw; x++) {
                    double[] q = oneToOne.toImage(x + 0.5, y + 0.5);
                    boolean inside = q[0] >= 0 && q[0] < w && q[1] >= 0 && q[1] < h;
                    int i = inside ? (int) q[1] * w + (int) q[0] : -1;
                    assertThat(out[y * vw + x])
                            .as("1:1 at %d,%d", x, y)
                            .isEqualTo(
                                    inside
                                            ? lut.argb()[p.stored((int) q[0], (int) q[1]) - lut.offset()]
                                            : Renderer.BACKGROUND);
                    assertThat(colourOut[y * vw + x])
                            .as("colour at %d,%d", x, y)
                            .isEqualTo(
                                    inside
                                            ? Renderer.BACKGROUND
                                                    | (rgb[3 * i] & 0xFF) << 16
                                                    | (rgb[3 * i + 1] & 0xFF) << 8
                                                    | rgb[3 * i + 2] & 0xFF
                                            : Renderer.BACKGROUND);
                }
            }
        }
    }

    private static int fourTap(Pixels p, GrayLut lut, double qx, double qy) {
        if (!(qx >= 0 && qx < p.width() && qy >= 0 && qy < p.height())) {
            return Renderer.BACKGROUND;
        }
        int[] xs = taps(qx, p.width());
        int[] ys = taps(qy, p.height());
        long sum = 0;
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                long wx = i == 0 ? 128 - xs[2] : xs[2];
                long wy = j == 0 ? 128 - ys[2] : ys[2];
                sum += p.stored(xs[i], ys[j]) * wx * wy;
            }
        }
        int value = (int) ((sum + (1 << 13)) >> 14);
        return lut.argb()[(value - lut.offset()) >> lut.shift()];
    }

    /** The two neighbouring sample indices (clamped at the edges) and the 7-bit weight of the second. */
    private static int[] taps(double coord, int extent) {
        double f = coord - 0.5;
        int c0 = (int) Math.floor(f);
        int weight = (int) Math.round((f - c0) * 128);
        return new int[] {Math.max(0, c0), Math.min(extent - 1, c0 + 1), weight};
    }

    @Test
    void transformRoundTripsForEveryRotationAndFlip() {
        for (int r = 0; r < 4; r++) {
            for (boolean flip : new boolean[] {false, true}) {
                ViewTransform t = new ViewTransform(300, 200, 640, 480, 1.7, 12, -9, r, flip);
                double[] v = t.toView(37.25, 151.5);
                double[] back = t.toImage(v[0], v[1]);
                assertThat(back[0]).isCloseTo(37.25, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(back[1]).isCloseTo(151.5, org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }
}

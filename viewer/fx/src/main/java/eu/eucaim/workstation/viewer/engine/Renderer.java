package eu.eucaim.workstation.viewer.engine;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Resamples a frame into a viewport-sized ARGB buffer through its {@link GrayLut} (or as RGB for colour), with
 * nearest or bilinear sampling. Because {@link ViewTransform} turns in quarter turns only, the source index of a
 * viewport pixel is {@code row[y] + col[x]}: two small tables per render, then one table read and one LUT read per
 * pixel, which keeps a window change close to a plain LUT pass. Bilinear interpolates stored values (then the LUT),
 * as a window should apply to the values, not to gray levels.
 */
public final class Renderer {
    public static final int BACKGROUND = 0xFF00_0000;
    private static final int W = 7; // bilinear weight bits: 16-bit samples * 2^14 still fit an int
    /** Viewports of at least this many pixels render in two halves, on two cores when one is free. */
    static final int PARALLEL_FROM = 256 * 1024;

    private Renderer() {}

    /** Renders into {@code out} (length viewWidth × viewHeight of {@code t}); {@code lut} is ignored for colour. */
    public static void render(
            Pixels p, GrayLut lut, ViewTransform t, Interpolation interpolation, boolean invertColour, int[] out) {
        int vw = t.viewWidth();
        int vh = t.viewHeight();
        boolean along = t.columnsAlongX();
        Axis cols = new Axis(vw);
        Axis rows = new Axis(vh);
        boolean smooth = interpolation == Interpolation.BILINEAR;
        for (int x = 0; x < vw; x++) {
            double[] q = t.toImage(x + 0.5, 0);
            cols.set(x, along ? q[0] : q[1], along ? p.width() : p.height(), along ? 1 : p.width(), smooth);
        }
        for (int y = 0; y < vh; y++) {
            double[] q = t.toImage(0, y + 0.5);
            rows.set(y, along ? q[1] : q[0], along ? p.height() : p.width(), along ? p.width() : 1, smooth);
        }
        int mask = p.signed() ? -1 : 0xFFFF;
        Band band;
        if (p.colour()) {
            band = (y0, y1) -> colour(p.bytes(), cols, rows, smooth, invertColour, out, vw, y0, y1);
        } else if (p.shorts() != null && !smooth && unitStep(t) && lut.shift() == 0) {
            band = (y0, y1) -> run16(p.shorts(), mask, lut, cols, rows, out, vw, y0, y1);
        } else if (p.shorts() != null && !smooth) {
            band = (y0, y1) -> nearest16(p.shorts(), mask, lut, cols, rows, out, vw, y0, y1);
        } else if (p.shorts() != null) {
            band = (y0, y1) -> bilinear16(p.shorts(), mask, lut, cols, rows, out, vw, y0, y1);
        } else {
            band = (y0, y1) -> generic(p, lut, cols, rows, smooth, out, vw, y0, y1);
        }
        if ((long) vw * vh < PARALLEL_FROM) {
            band.render(0, vh);
        } else {
            inTwo(band, vh);
        }
    }

    /** Viewport rows y0 (inclusive) to y1 (exclusive) of one render. */
    @FunctionalInterface
    private interface Band {
        void render(int y0, int y1);
    }

    /**
     * Renders the bottom half on another core if one takes it up at once, else here after the top half: whoever
     * comes first claims it, so a busy pool never makes a frame wait, and nothing is drawn twice.
     */
    private static void inTwo(Band band, int vh) {
        int mid = vh / 2;
        AtomicBoolean claimed = new AtomicBoolean();
        CompletableFuture<Void> helped = new CompletableFuture<>();
        ForkJoinPool.commonPool().execute(() -> {
            if (claimed.compareAndSet(false, true)) {
                try {
                    band.render(mid, vh);
                    helped.complete(null);
                } catch (RuntimeException | Error e) {
                    helped.completeExceptionally(e);
                }
            }
        });
        band.render(0, mid);
        if (claimed.compareAndSet(false, true)) {
            band.render(mid, vh);
            return;
        }
        try {
            helped.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Per viewport column (or row): first and second source offset along one image axis, and the weight. */
    private static final class Axis {
        final int[] o0;
        final int[] o1;
        final int[] w;

        Axis(int n) {
            o0 = new int[n];
            o1 = new int[n];
            w = new int[n];
        }

        void set(int i, double coord, int extent, int stride, boolean smooth) {
            if (!(coord >= 0 && coord < extent)) {
                o0[i] = -1;
                return;
            }
            if (!smooth) {
                o0[i] = (int) coord * stride;
                return;
            }
            double f = coord - 0.5;
            int c0 = (int) Math.floor(f);
            int weight = (int) Math.round((f - c0) * (1 << W));
            int c1 = Math.min(extent - 1, c0 + 1);
            c0 = Math.max(0, c0);
            o0[i] = c0 * stride;
            o1[i] = c1 * stride;
            w[i] = weight;
        }
    }

    /** 1:1, square pixels, unturned, unmirrored: each viewport row is a run of consecutive source pixels. */
    private static boolean unitStep(ViewTransform t) {
        return t.zoom() == 1 && t.aspect() == 1 && t.rotation() == 0 && !t.flipH();
    }

    /** The 1:1 case as a plain LUT pass over each row's run (the window/level drag on a large image at 1:1). */
    private static void run16(
            short[] src, int mask, GrayLut lut, Axis cols, Axis rows, int[] out, int vw, int y0, int y1) {
        int[] t = lut.argb();
        int off = lut.offset();
        int xs = 0;
        while (xs < vw && cols.o0[xs] < 0) {
            xs++;
        }
        int xe = xs;
        while (xe < vw && cols.o0[xe] >= 0) {
            xe++;
        }
        int first = xs < vw ? cols.o0[xs] : 0;
        for (int y = y0; y < y1; y++) {
            int r = rows.o0[y];
            int base = y * vw;
            if (r < 0 || xs == xe) {
                Arrays.fill(out, base, base + vw, BACKGROUND);
                continue;
            }
            Arrays.fill(out, base, base + xs, BACKGROUND);
            int from = r + first;
            int to = base + xs;
            int n = xe - xs;
            if (mask == -1) { // signed: no masking in the loop, the JIT then keeps it as tight as a plain LUT pass
                for (int k = 0; k < n; k++) {
                    out[to + k] = t[src[from + k] - off];
                }
            } else {
                for (int k = 0; k < n; k++) {
                    out[to + k] = t[(src[from + k] & 0xFFFF) - off];
                }
            }
            Arrays.fill(out, base + xe, base + vw, BACKGROUND);
        }
    }

    private static void nearest16(
            short[] src, int mask, GrayLut lut, Axis cols, Axis rows, int[] out, int vw, int y0, int y1) {
        int[] t = lut.argb();
        int off = lut.offset();
        int shift = lut.shift();
        int[] c0 = cols.o0;
        for (int y = y0; y < y1; y++) {
            int r = rows.o0[y];
            int base = y * vw;
            if (r < 0) {
                Arrays.fill(out, base, base + vw, BACKGROUND);
                continue;
            }
            for (int x = 0; x < vw; x++) {
                int c = c0[x];
                out[base + x] = c < 0 ? BACKGROUND : t[((src[r + c] & mask) - off) >> shift];
            }
        }
    }

    /**
     * Separable: each source row's horizontal blend is made once into a row buffer and shared by every viewport row
     * that reads it (two per source row when enlarging 2×), then one vertical blend and the LUT per pixel. The sums
     * equal the direct four-tap formula bit for bit, and fit an int: |sample| ≤ 2^16, weights ≤ 2^W each, so
     * 2^(16 + 2W) + rounding < 2^31.
     */
    private static void bilinear16(
            short[] src, int mask, GrayLut lut, Axis cols, Axis rows, int[] out, int vw, int y0, int y1) {
        int[] t = lut.argb();
        int off = lut.offset();
        int shift = lut.shift();
        int half = 1 << (2 * W - 1);
        int one = 1 << W;
        RowBlend a = new RowBlend(vw);
        RowBlend b = new RowBlend(vw);
        for (int y = y0; y < y1; y++) {
            int r0 = rows.o0[y];
            int base = y * vw;
            if (r0 < 0) {
                Arrays.fill(out, base, base + vw, BACKGROUND);
                continue;
            }
            int r1 = rows.o1[y];
            // Keep whichever buffer already holds one of the two rows; refill the other.
            RowBlend top = a.row == r0 ? a : b.row == r0 ? b : null;
            if (top == null) {
                top = b.row == r1 ? a : b;
                top.fill(src, mask, r0, cols);
            }
            RowBlend bottom = top == a ? b : a;
            if (bottom.row != r1) {
                bottom.fill(src, mask, r1, cols);
            }
            int wy = rows.w[y];
            int wy0 = one - wy;
            int[] h0 = top.values;
            int[] h1 = bottom.values;
            int[] c0 = cols.o0;
            for (int x = 0; x < vw; x++) {
                int v = (h0[x] * wy0 + h1[x] * wy + half) >> (2 * W);
                out[base + x] = c0[x] < 0 ? BACKGROUND : t[(v - off) >> shift];
            }
        }
    }

    /** One source row blended horizontally at every viewport column ({@code row} is its offset, -1 for none). */
    private static final class RowBlend {
        final int[] values;
        int row = -1;

        RowBlend(int n) {
            values = new int[n];
        }

        void fill(short[] src, int mask, int r, Axis cols) {
            int one = 1 << W;
            int[] c0 = cols.o0;
            int[] c1 = cols.o1;
            int[] w = cols.w;
            for (int x = 0; x < values.length; x++) {
                int c = c0[x];
                // Outside the image: any in-range value; the pixel is painted BACKGROUND anyway.
                values[x] = c < 0 ? 0 : (src[r + c] & mask) * (one - w[x]) + (src[r + c1[x]] & mask) * w[x];
            }
            row = r;
        }
    }

    /** 8- and 32-bit grayscale: rarer and small, one general loop. */
    private static void generic(
            Pixels p, GrayLut lut, Axis cols, Axis rows, boolean smooth, int[] out, int vw, int y0, int y1) {
        int[] t = lut.argb();
        long off = lut.offset();
        int shift = lut.shift();
        int last = t.length - 1;
        for (int y = y0; y < y1; y++) {
            int r0 = rows.o0[y];
            int base = y * vw;
            for (int x = 0; x < vw; x++) {
                int c0 = cols.o0[x];
                if (r0 < 0 || c0 < 0) {
                    out[base + x] = BACKGROUND;
                    continue;
                }
                long v;
                if (smooth) {
                    double wx = cols.w[x] / (double) (1 << W);
                    double wy = rows.w[y] / (double) (1 << W);
                    int r1 = rows.o1[y];
                    int c1 = cols.o1[x];
                    double top = at(p, r0 + c0) * (1 - wx) + at(p, r0 + c1) * wx;
                    double bottom = at(p, r1 + c0) * (1 - wx) + at(p, r1 + c1) * wx;
                    v = Math.round(top * (1 - wy) + bottom * wy);
                } else {
                    v = at(p, r0 + c0);
                }
                long j = (v - off) >> shift;
                out[base + x] = t[j < 0 ? 0 : j > last ? last : (int) j];
            }
        }
    }

    private static long at(Pixels p, int i) {
        if (p.bytes() != null) {
            return p.signed() ? p.bytes()[i] : p.bytes()[i] & 0xFF;
        }
        if (p.shorts() != null) {
            return p.signed() ? p.shorts()[i] : p.shorts()[i] & 0xFFFF;
        }
        return p.ints()[i];
    }

    private static void colour(
            byte[] rgb, Axis cols, Axis rows, boolean smooth, boolean invert, int[] out, int vw, int y0, int y1) {
        int flip = invert ? 0x00FF_FFFF : 0;
        int one = 1 << W;
        for (int y = y0; y < y1; y++) {
            int r0 = rows.o0[y];
            int base = y * vw;
            for (int x = 0; x < vw; x++) {
                int c0 = cols.o0[x];
                if (r0 < 0 || c0 < 0) {
                    out[base + x] = BACKGROUND;
                    continue;
                }
                int px;
                if (!smooth) {
                    int i = (r0 + c0) * 3;
                    px = (rgb[i] & 0xFF) << 16 | (rgb[i + 1] & 0xFF) << 8 | rgb[i + 2] & 0xFF;
                } else {
                    int r1 = rows.o1[y];
                    int c1 = cols.o1[x];
                    int wx = cols.w[x];
                    int wy = rows.w[y];
                    px = 0;
                    for (int ch = 0; ch < 3; ch++) {
                        int top = (rgb[(r0 + c0) * 3 + ch] & 0xFF) * (one - wx) + (rgb[(r0 + c1) * 3 + ch] & 0xFF) * wx;
                        int bot = (rgb[(r1 + c0) * 3 + ch] & 0xFF) * (one - wx) + (rgb[(r1 + c1) * 3 + ch] & 0xFF) * wx;
                        int v = (top * (one - wy) + bot * wy + (1 << (2 * W - 1))) >> (2 * W);
                        px = px << 8 | v;
                    }
                }
                out[base + x] = BACKGROUND | (px ^ flip);
            }
        }
    }
}

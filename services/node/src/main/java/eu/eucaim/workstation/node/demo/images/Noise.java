package eu.eucaim.workstation.node.demo.images;

import java.util.Random;
import java.util.SplittableRandom;

/** Fast deterministic Gaussian noise: a fixed table of normal deviates indexed by a seeded generator. */
final class Noise {
    private static final int SIZE = 1 << 14;
    private static final float[] TABLE = new float[SIZE];

    static {
        Random r = new Random(20_240_601L);
        for (int i = 0; i < SIZE; i++) {
            TABLE[i] = (float) r.nextGaussian();
        }
    }

    private final SplittableRandom random;

    /** One stream per (seed, part), so slices can be made in any order on any thread with the same result. */
    Noise(long seed, long part) {
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ (part + 1) * 0xC2B2AE3D27D4EB4FL);
    }

    /** A standard normal deviate. */
    float next() {
        return TABLE[random.nextInt(SIZE)];
    }

    /** Smooths in place with the separable kernel [1 2 1]/4, which softens label edges like partial volume. */
    static void smooth(float[] v, int rows, int cols) {
        float[] tmp = new float[cols];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                float left = v[base + Math.max(0, c - 1)];
                float right = v[base + Math.min(cols - 1, c + 1)];
                tmp[c] = (left + 2 * v[base + c] + right) * 0.25f;
            }
            System.arraycopy(tmp, 0, v, base, cols);
        }
        float[] prev = new float[cols];
        float[] cur = new float[cols];
        System.arraycopy(v, 0, prev, 0, cols);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(v, r * cols, cur, 0, cols);
            int below = Math.min(rows - 1, r + 1) * cols;
            for (int c = 0; c < cols; c++) {
                v[r * cols + c] = (prev[c] + 2 * cur[c] + v[below + c]) * 0.25f;
            }
            float[] swap = prev;
            prev = cur;
            cur = swap;
        }
    }
}

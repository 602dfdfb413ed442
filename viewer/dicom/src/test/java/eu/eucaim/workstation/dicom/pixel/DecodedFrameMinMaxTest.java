package eu.eucaim.workstation.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link DecodedFrame#minMax()} against the obvious definition, for every sample type, signed and unsigned. */
class DecodedFrameMinMaxTest {
    private final Random random = new Random(42);

    @Test
    void shortsSignedAndUnsigned() {
        for (boolean signed : new boolean[] {true, false}) {
            for (int n : new int[] {1, 2, 7, 4096}) {
                short[] s = new short[n];
                for (int i = 0; i < n; i++) {
                    s[i] = (short) random.nextInt();
                }
                DecodedFrame f = DecodedFrame.of(PixelFormat.monochrome(n, 1, 16, 16, signed), 0, s);
                assertThat(f.minMax()).containsExactly(reference(f));
            }
        }
    }

    @Test
    void bytesSignedAndUnsigned() {
        for (boolean signed : new boolean[] {true, false}) {
            byte[] b = new byte[999];
            random.nextBytes(b);
            DecodedFrame f = DecodedFrame.of(PixelFormat.monochrome(b.length, 1, 8, 8, signed), 0, b);
            assertThat(f.minMax()).containsExactly(reference(f));
        }
    }

    @Test
    void intsSignedAndUnsigned() {
        for (boolean signed : new boolean[] {true, false}) {
            int[] v = random.ints(500).toArray();
            DecodedFrame f = DecodedFrame.of(PixelFormat.monochrome(v.length, 1, 32, 32, signed), 0, v);
            assertThat(f.minMax()).containsExactly(reference(f));
        }
    }

    @Test
    void extremesAtEitherEndAndMonotonicRuns() {
        short[] rising = new short[1000];
        for (int i = 0; i < rising.length; i++) {
            rising[i] = (short) (i - 500);
        }
        DecodedFrame up = DecodedFrame.of(PixelFormat.monochrome(1000, 1, 16, 16, true), 0, rising);
        assertThat(up.minMax()).containsExactly(-500L, 499L);
        short[] falling = new short[] {Short.MAX_VALUE, 0, Short.MIN_VALUE};
        DecodedFrame down = DecodedFrame.of(PixelFormat.monochrome(3, 1, 16, 16, true), 0, falling);
        assertThat(down.minMax()).containsExactly((long) Short.MIN_VALUE, (long) Short.MAX_VALUE);
        DecodedFrame unsigned = DecodedFrame.of(PixelFormat.monochrome(3, 1, 16, 16, false), 0, falling);
        assertThat(unsigned.minMax()).containsExactly(0L, 0x8000L);
    }

    private static long[] reference(DecodedFrame f) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < f.length(); i++) {
            min = Math.min(min, f.sample(i));
            max = Math.max(max, f.sample(i));
        }
        return new long[] {min, max};
    }
}

package eu.eucaim.workstation.viewer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.dicom.pixel.DecodedFrame;
import eu.eucaim.workstation.dicom.pixel.PixelFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PixelsTest {
    @Test
    void theRangeOfADecodedFrameIsItsStoredValuesSignedOrNot() {
        short[] samples = {-1024, 0, 3071, -2000};
        Pixels signed = Pixels.of(DecodedFrame.of(PixelFormat.monochrome(2, 2, 16, 16, true), 0, samples));
        assertThat(signed.min()).isEqualTo(-2000);
        assertThat(signed.max()).isEqualTo(3071);

        Pixels unsigned = Pixels.of(DecodedFrame.of(PixelFormat.monochrome(2, 2, 16, 16, false), 0, samples));
        assertThat(unsigned.min()).isZero();
        assertThat(unsigned.max()).as("-1024 read as unsigned").isEqualTo(0x10000 - 1024);

        Pixels bytes = Pixels.of(DecodedFrame.of(PixelFormat.monochrome(1, 3, 8, 8, false), 0, new byte[] {7, -1, 9}));
        assertThat(bytes.min()).isEqualTo(7);
        assertThat(bytes.max()).isEqualTo(255);
    }

    /** Decoding a series ahead of the user does not scan every sample: the range is found when first asked for. */
    @Test
    void theRangeIsFoundWhenFirstAskedForNotWhenTheFrameIsDecoded() {
        short[] samples = {10, 20, 30, 40};
        Pixels p = Pixels.of(DecodedFrame.of(PixelFormat.monochrome(2, 2, 16, 12, false), 0, samples));
        samples[0] = 5; // after Pixels.of: seen, so nothing was scanned before
        assertThat(p.min()).isEqualTo(5);
        samples[1] = 1; // after the first use: the range is kept, not found again
        assertThat(p.min()).isEqualTo(5);
        assertThat(p.max()).isEqualTo(40);
    }

    @Test
    void threadsAskingAtOnceSeeTheSameRange() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 50; round++) {
                short[] samples = new short[64 * 64];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = (short) (i % 1000 - 300);
                }
                Pixels p = Pixels.of(DecodedFrame.of(PixelFormat.monochrome(64, 64, 16, 16, true), 0, samples));
                List<Future<int[]>> seen = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    seen.add(pool.submit(() -> new int[] {p.min(), p.max()}));
                }
                for (Future<int[]> f : seen) {
                    assertThat(f.get()).containsExactly(-300, 699);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void colourIsEightBitWithTheFullRange() {
        Pixels rgb = Pixels.of(DecodedFrame.of(
                PixelFormat.monochrome(1, 1, 8, 8, false).withPhotometric("RGB", 0), 0, new byte[] {1, 2, 3}));
        assertThat(rgb.colour()).isTrue();
        assertThat(rgb.min()).isZero();
        assertThat(rgb.max()).isEqualTo(255);
    }
}

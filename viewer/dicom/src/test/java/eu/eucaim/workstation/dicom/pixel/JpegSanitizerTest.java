package eu.eucaim.workstation.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JpegSanitizerTest {
    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void dropsAdobeSegmentShorterThanTheAdobeFormat() {
        byte[] in = bytes(
                0xFF, 0xD8, 0xFF, 0xEE, 0, 12, 'A', 'd', 'o', 'b', 'e', 0, 0, 0, 0, 0, 0xFF, 0xDA, 0, 2, 0xFF, 0xD9);
        assertThat(JpegSanitizer.sanitise(in, false)).containsExactly(0xFF, 0xD8, 0xFF, 0xDA, 0, 2, 0xFF, 0xD9);
    }

    @Test
    void keepsWellFormedAdobeSegments() {
        byte[] in = bytes(
                0xFF, 0xD8, 0xFF, 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xDA, 0, 2, 0xFF,
                0xD9);
        assertThat(JpegSanitizer.sanitise(in, false)).isSameAs(in);
    }

    @Test
    void losslessStreamsGetZeroBitsBeforeFillBytesAndEoi() {
        byte[] in = bytes(0xFF, 0xD8, 0xFF, 0xDA, 0, 2, 0x12, 0xFF, 0xFF, 0xD9, 0);
        assertThat(JpegSanitizer.sanitise(in, true))
                .containsExactly(0xFF, 0xD8, 0xFF, 0xDA, 0, 2, 0x12, 0, 0, 0xFF, 0xFF, 0xD9, 0);
        assertThat(JpegSanitizer.sanitise(in, false)).isSameAs(in);
    }
}

package eu.eucaim.workstation.dicom.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Encodings from the examples of PS3.5 Annex H/I/J (as in pydicom's chrH31/chrI2 files). */
class SpecificCharacterSetTest {

    private static String decode(SpecificCharacterSet cs, byte[] b) {
        return cs.decode(b, 0, b.length, true);
    }

    @Test
    void japaneseIso2022ResetsAtComponentDelimiters() {
        // Yamada^Tarou=ESC$B;3ED(B^ESC$BB@O:(B= (PS3.5 H.3.1, first two groups)
        byte[] b = "Yamada^Tarou=\u001b$B;3ED\u001b(B^\u001b$BB@O:\u001b(B".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(decode(SpecificCharacterSet.of("", "ISO 2022 IR 87"), b)).isEqualTo("Yamada^Tarou=山田^太郎");
    }

    @Test
    void koreanIso2022UsesTheG1Set() {
        byte[] b = {
            'H',
            'o',
            'n',
            'g',
            '^',
            'G',
            'i',
            'l',
            'd',
            'o',
            'n',
            'g',
            '=',
            0x1b,
            '$',
            ')',
            'C',
            (byte) 0xfb,
            (byte) 0xf3,
            '^',
            0x1b,
            '$',
            ')',
            'C',
            (byte) 0xd1,
            (byte) 0xce,
            (byte) 0xd4,
            (byte) 0xd7
        };
        assertThat(decode(SpecificCharacterSet.of("", "ISO 2022 IR 149"), b)).isEqualTo("Hong^Gildong=洪^吉洞");
    }

    @Test
    void singleByteSetsAndUtf8() {
        assertThat(decode(SpecificCharacterSet.of("ISO_IR 100"), new byte[] {'J', (byte) 0xe9}))
                .isEqualTo("Jé");
        assertThat(decode(SpecificCharacterSet.of("ISO_IR 144"), new byte[] {(byte) 0xbb}))
                .isEqualTo("Л");
        assertThat(decode(SpecificCharacterSet.of("ISO_IR 192"), "王".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("王");
        assertThat(SpecificCharacterSet.of("GB18030").isIso2022()).isFalse();
        assertThat(SpecificCharacterSet.of("\\ISO 2022 IR 87".split("\\\\", -1)).isIso2022())
                .isTrue();
    }
}

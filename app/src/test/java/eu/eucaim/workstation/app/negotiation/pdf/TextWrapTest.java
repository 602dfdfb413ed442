package eu.eucaim.workstation.app.negotiation.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Wrapping measured in characters (one unit each), so that the expected lines can be written out. */
class TextWrapTest {
    private static List<String> wrap(String text, int width) {
        return TextWrap.lines(text, width, UnaryOperator.identity(), String::length);
    }

    @Test
    void breaksAtSpacesWithinTheWidth() {
        assertThat(wrap("the quick brown fox jumps over the lazy dog", 10))
                .containsExactly("the quick", "brown fox", "jumps over", "the lazy", "dog");
    }

    @Test
    void keepsLineBreaksAndEmptyLines() {
        assertThat(wrap("one\r\ntwo\n\nthree\rfour", 20)).containsExactly("one", "two", "", "three", "four");
    }

    @Test
    void cutsAWordWiderThanALine() {
        assertThat(wrap("id: bbmri-eric:ID:SE_890 end", 8)).containsExactly("id:", "bbmri-er", "ic:ID:SE", "_890 end");
    }

    @Test
    void aTooNarrowWidthStillEndsWithOneCharacterALine() {
        assertThat(wrap("Łódź", 0)).containsExactly("Ł", "ó", "d", "ź");
        // a character outside the BMP is not split in two
        assertThat(wrap("a\uD83D\uDE42b", 0)).containsExactly("a", "\uD83D\uDE42", "b");
    }

    @Test
    void collapsesRunsOfSpacesAndTrimsTheEnds() {
        assertThat(wrap("  a    b  ", 10)).containsExactly("a b");
        assertThat(wrap("", 10)).containsExactly("");
    }

    @Test
    void preparesEachParagraphBeforeMeasuring() {
        assertThat(TextWrap.lines("ab\ncd", 10, s -> s.toUpperCase(), String::length))
                .containsExactly("AB", "CD");
    }
}

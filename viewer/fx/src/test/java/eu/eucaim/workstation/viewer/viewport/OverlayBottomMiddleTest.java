package eu.eucaim.workstation.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The middle of a viewport's bottom edge: the scale bar, its label and the orientation letter apart. */
class OverlayBottomMiddleTest {
    @Test
    void theLetterStandsALineAboveTheScaleBarsLabelWhereTheCornersKeepRoomForIt() {
        double h = 574;
        OverlayPainter.BottomMiddle m = OverlayPainter.BottomMiddle.of(h, true);
        assertThat(m.label()).as("the label above the bar").isLessThan(m.bar());
        // The label's 12-point line is under one layout line high: the letter's bottom must be above its top.
        assertThat(m.letter())
                .as("the letter above the label's line")
                .isLessThanOrEqualTo(m.label() - CornerLayout.LINE);
        // CornerLayout keeps the middle free on the third line from the bottom for the letter: no lower than it.
        assertThat(m.letter()).isLessThanOrEqualTo(h - 6 - 2 * CornerLayout.LINE);
    }

    @Test
    void withoutAScaleBarTheLetterSitsLower() {
        double h = 574;
        assertThat(OverlayPainter.BottomMiddle.of(h, false).letter())
                .isGreaterThan(OverlayPainter.BottomMiddle.of(h, true).letter());
    }
}

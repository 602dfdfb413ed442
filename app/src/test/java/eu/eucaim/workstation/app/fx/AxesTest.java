package eu.eucaim.workstation.app.fx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxesTest {
    @Test
    void stepsAreRoundAndNeverSmallerThanAsked() {
        assertThat(Axes.niceStep(1374 / 5.0)).isEqualTo(500);
        assertThat(Axes.niceStep(13_100 / 5.0)).isEqualTo(5000);
        assertThat(Axes.niceStep(0.3)).isEqualTo(0.5);
        assertThat(Axes.niceStep(100)).isEqualTo(100);
        assertThat(Axes.niceStep(101)).isEqualTo(200);
    }
}

package eu.eucaim.workstation.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StartupClockTest {
    @Test
    void timeIsCountedFromTheProcessStartNotFromNow() {
        Duration since = StartupClock.sinceProcessStart();
        // This JVM started before this test ran, and not before the machine booted.
        assertThat(since).isPositive().isLessThan(Duration.ofDays(30));
    }
}

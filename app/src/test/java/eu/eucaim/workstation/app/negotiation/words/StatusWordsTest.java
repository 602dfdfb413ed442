package eu.eucaim.workstation.app.negotiation.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusWordsTest {
    @Test
    void negotiationStatesReadAsTheGuideSaysThem() {
        assertThat(StatusWords.negotiation("SUBMITTED")).isEqualTo("Under Review");
        assertThat(StatusWords.negotiation("IN_PROGRESS")).isEqualTo("In Progress");
        assertThat(StatusWords.negotiation("APPROVED")).isEqualTo("In Progress");
        assertThat(StatusWords.negotiation("CONCLUDED")).isEqualTo("Concluded");
        assertThat(StatusWords.negotiation("ABANDONED")).isEqualTo("Abandoned");
        assertThat(StatusWords.negotiation("DECLINED")).isEqualTo("Declined");
        assertThat(StatusWords.negotiation("PAUSED")).isEqualTo("Paused");
        assertThat(StatusWords.negotiation("DRAFT")).isEqualTo("Draft");
    }

    @Test
    void startedIsAnInProgressNegotiationWithADatasetMadeAvailable() {
        List<String> granted = Arrays.asList(null, "CHECKING_AVAILABILITY", "RESOURCE_MADE_AVAILABLE");
        List<String> waiting = Arrays.asList(null, "RESOURCE_AVAILABLE", "ACCESS_CONDITIONS_MET");
        assertThat(StatusWords.negotiation("IN_PROGRESS", granted)).isEqualTo("Started");
        assertThat(StatusWords.negotiation("IN_PROGRESS", waiting)).isEqualTo("In Progress");
        // once concluded or abandoned, that is what it is, whatever its datasets reached
        assertThat(StatusWords.negotiation("CONCLUDED", granted)).isEqualTo("Concluded");
        assertThat(StatusWords.negotiation("PAUSED", granted)).isEqualTo("Paused");
    }

    @Test
    void resourceStatesReadAsTheNegotiatorLabelsThem() {
        assertThat(StatusWords.resource(null)).isEqualTo("Pending");
        assertThat(StatusWords.resource("REPRESENTATIVE_CONTACTED")).isEqualTo("Representative Contacted");
        assertThat(StatusWords.resource("RESOURCE_UNAVAILABLE_WILLING_TO_COLLECT"))
                .isEqualTo("Resource Unavailable, Willing to Collect");
        assertThat(StatusWords.resource("RESOURCE_MADE_AVAILABLE")).isEqualTo("Resource Made Available");
    }

    @Test
    void anUnknownStateIsStillReadableAndAnAbsentOneIsADash() {
        assertThat(StatusWords.negotiation("ON_HOLD")).isEqualTo("On hold");
        assertThat(StatusWords.resource("SOMETHING_NEW")).isEqualTo("Something new");
        assertThat(StatusWords.negotiation(null)).isEqualTo("—");
        assertThat(StatusWords.negotiation(" ")).isEqualTo("—");
    }
}

package eu.eucaim.workstation.app.negotiation.words;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.negotiation.NegotiationResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        List<NegotiationResource> granted = datasets(null, "CHECKING_AVAILABILITY", "RESOURCE_MADE_AVAILABLE");
        List<NegotiationResource> waiting = datasets(null, "RESOURCE_AVAILABLE", "ACCESS_CONDITIONS_MET");
        assertThat(StatusWords.negotiation("IN_PROGRESS", granted)).isEqualTo("Started");
        assertThat(StatusWords.negotiation("IN_PROGRESS", waiting)).isEqualTo("In Progress");
        // once concluded or abandoned, that is what it is, whatever its datasets reached
        assertThat(StatusWords.negotiation("CONCLUDED", granted)).isEqualTo("Concluded");
        assertThat(StatusWords.negotiation("PAUSED", granted)).isEqualTo("Paused");
    }

    @Test
    void resourceStatesReadAsSubStatuses() {
        assertThat(StatusWords.resource(null)).isEqualTo("Waiting for review");
        assertThat(StatusWords.resource("REPRESENTATIVE_CONTACTED")).isEqualTo("Representative contacted");
        assertThat(StatusWords.resource("RESOURCE_UNAVAILABLE_WILLING_TO_COLLECT"))
                .isEqualTo("Unavailable, willing to collect");
        assertThat(StatusWords.resource("RESOURCE_MADE_AVAILABLE")).isEqualTo("Access granted");
    }

    @Test
    void anUnknownStateIsStillReadableAndAnAbsentOneIsADash() {
        assertThat(StatusWords.negotiation("ON_HOLD")).isEqualTo("On hold");
        assertThat(StatusWords.resource("SOMETHING_NEW")).isEqualTo("Something new");
        assertThat(StatusWords.negotiation(null)).isEqualTo("—");
    }

    private static List<NegotiationResource> datasets(String... states) {
        List<NegotiationResource> datasets = new ArrayList<>();
        for (String state : states) {
            datasets.add(new NegotiationResource(datasets.size(), "id", "name", null, null, state, Map.of()));
        }
        return datasets;
    }
}

package eu.eucaim.workstation.client.catalogue.emx2;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import org.junit.jupiter.api.Test;

class RightsStatementsTest {
    @Test
    void theCataloguesThreeStatementsAreKnownByIdAndByWhatTheySay() {
        RightsStatements rights = new RightsStatements();
        assertThat(rights.condition("3738936814")).contains(AccessCondition.DOWNLOAD);
        assertThat(rights.condition("3738205646")).contains(AccessCondition.IN_SITU_PROCESSING);
        assertThat(rights.condition("2750586429")).contains(AccessCondition.REMOTE_PROCESSING);
        // The model's own labels, word for word (rightsstatement.tsv).
        assertThat(RightsStatements.said("Authorisation to download the datasets."))
                .contains(AccessCondition.DOWNLOAD);
        assertThat(RightsStatements.said("Authorisation to access, view and process in-situ the datasets."))
                .contains(AccessCondition.IN_SITU_PROCESSING);
        assertThat(RightsStatements.said("Authorisation to remotely process the datasets without the ability to access"
                        + " and visualise data, even remotely."))
                .contains(AccessCondition.REMOTE_PROCESSING);
        assertThat(RightsStatements.said("Anything goes")).isEmpty();
        assertThat(RightsStatements.said(null)).isEmpty();
    }

    @Test
    void aNewStatementIsRememberedSoThatAFilterAsksForItToo() {
        RightsStatements rights = new RightsStatements();
        assertThat(rights.condition("other-1")).isEmpty();
        assertThat(rights.condition("other-1", "Download allowed after approval"))
                .contains(AccessCondition.DOWNLOAD);
        assertThat(rights.condition("other-1")).contains(AccessCondition.DOWNLOAD);
        assertThat(rights.ids(AccessCondition.DOWNLOAD)).containsExactly("3738936814", "other-1");
        assertThat(rights.condition("other-2", "no idea")).isEmpty();
        assertThat(rights.ids(AccessCondition.REMOTE_PROCESSING)).containsExactly("2750586429");
    }
}

package eu.eucaim.workstation.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EuLicencesTest {
    @Test
    void spdxNamesAndTheAuthoritysIrisGoBothWays() {
        assertThat(EuLicences.iri("CC-BY-NC-4.0"))
                .contains("http://publications.europa.eu/resource/authority/licence/CC_BYNC_4_0");
        assertThat(EuLicences.shown("http://publications.europa.eu/resource/authority/licence/CC_BYNC_4_0"))
                .isEqualTo("CC-BY-NC-4.0");
        assertThat(EuLicences.iri("Custom data use agreement (DUA)")).isEmpty();
        assertThat(EuLicences.iri(null)).isEmpty();
        assertThat(EuLicences.shown("http://publications.europa.eu/resource/authority/licence/ODC_BY"))
                .isEqualTo("ODC_BY");
        assertThat(EuLicences.shown("https://example.org/our-terms")).isEqualTo("https://example.org/our-terms");
        assertThat(EuLicences.shown(null)).isNull();
    }
}

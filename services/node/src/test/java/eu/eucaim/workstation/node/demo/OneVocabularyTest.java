package eu.eucaim.workstation.node.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.eucaim.workstation.api.catalogue.Dataset;
import eu.eucaim.workstation.api.query.CohortVocabulary;
import eu.eucaim.workstation.api.vocabulary.Modality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 10: what the catalogue's datasets hold can be asked for in the Query. Every modality, manufacturer
 * and body part of every demo dataset (seeds 1–3, the demo federation) is in the search's vocabulary, and every
 * catalogue modality maps to one search value.
 */
class OneVocabularyTest {
    @Test
    void everythingTheCatalogueHoldsCanBeAskedFor() {
        for (long seed = 1; seed <= 3; seed++) {
            List<Dataset> all = new ArrayList<>();
            new DemoCatalogueGenerator(seed, 30).generate(g -> all.add(g.dataset()));
            for (Dataset d : all) {
                for (String m : d.modalities()) {
                    assertThat(Modality.ofDicomCode(m).map(Modality::searchCode))
                            .as("%s modality %s", d.id(), m)
                            .get()
                            .isIn(CohortVocabulary.MODALITIES);
                }
                assertThat(d.manufacturers()).as(d.id()).allMatch(CohortVocabulary.MANUFACTURERS::contains);
                assertThat(d.bodyParts())
                        .as(d.id())
                        .allMatch(b -> CohortVocabulary.BODY_PARTS.contains(b.toLowerCase(Locale.ROOT)));
            }
        }
        assertThat(CohortVocabulary.MODALITIES).contains("PET", "SPECT", "MG", "CR", "US");
        assertThat(CohortVocabulary.MANUFACTURERS).contains("Canon Medical Systems", "Fujifilm");
    }
}

package eu.eucaim.workstation.node.catalogue;

import eu.eucaim.workstation.api.catalogue.AccessCondition;
import eu.eucaim.workstation.api.catalogue.CatalogueFacet;
import eu.eucaim.workstation.api.vocabulary.Modality;
import eu.eucaim.workstation.node.vocabulary.BodyParts;
import eu.eucaim.workstation.node.vocabulary.Countries;
import java.util.Map;

/** What to show for a facet value: country names, condition labels, "MR (Magnetic resonance)", access labels. */
final class FacetLabels {
    private final Map<String, String> conditionLabels;

    /** @param conditionLabels condition code → label, as the datasets themselves name their conditions */
    FacetLabels(Map<String, String> conditionLabels) {
        this.conditionLabels = Map.copyOf(conditionLabels);
    }

    String label(CatalogueFacet facet, String value) {
        return switch (facet) {
            case COUNTRY -> Countries.englishName(value);
            case CONDITION -> conditionLabels.getOrDefault(value, value);
            case MODALITY -> Modality.labelOf(value);
            case BODY_PART -> BodyParts.label(value);
            case MANUFACTURER -> value;
            case ACCESS_CONDITION -> AccessCondition.valueOf(value).label();
        };
    }
}
